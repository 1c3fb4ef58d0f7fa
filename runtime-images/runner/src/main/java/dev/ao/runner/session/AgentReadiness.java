package dev.ao.runner.session;

import dev.ao.runner.Log;
import dev.ao.runner.activity.ScreenPatterns;
import dev.ao.runner.tmux.Tmux;
import dev.ao.runner.tmux.TmuxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits until the agent can take typed input: its ready pattern is on screen, or — for profiles
 * without one — it has drawn something and then gone quiet for a moment.
 */
final class AgentReadiness {
  static final Duration PATTERN_LIMIT = Duration.ofSeconds(90);
  static final Duration QUIET_LIMIT = Duration.ofSeconds(10);
  static final Duration QUIET = Duration.ofMillis(1500);
  private static final long POLL_MILLIS = 100;

  private AgentReadiness() {}

  static void await(
      Tmux tmux, ScreenPatterns ready, PaneStream stream, Instant startedAt, Clock clock, BooleanSupplier alive) {
    Instant deadline = clock.instant().plus(ready.isEmpty() ? QUIET_LIMIT : PATTERN_LIMIT);
    while (clock.instant().isBefore(deadline) && alive.getAsBoolean()) {
      if (ready.isEmpty() ? drewThenQuiet(stream, startedAt, clock) : showsReady(tmux, ready)) {
        return;
      }
      sleep();
    }
    if (alive.getAsBoolean()) {
      Log.warn("the agent did not look ready in time; typing the prompt anyway");
    }
  }

  private static boolean drewThenQuiet(PaneStream stream, Instant startedAt, Clock clock) {
    Instant last = stream.lastOutputAt();
    return last.isAfter(startedAt) && Duration.between(last, clock.instant()).compareTo(QUIET) >= 0;
  }

  private static boolean showsReady(Tmux tmux, ScreenPatterns ready) {
    try {
      return ready.matchesBottom(tmux.screen());
    } catch (TmuxException e) {
      return false;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TmuxException("interrupted while waiting for the agent");
    }
  }
}
