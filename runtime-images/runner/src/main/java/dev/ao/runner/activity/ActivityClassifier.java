package dev.ao.runner.activity;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides the activity from an observation. Pure: no tmux, no clock of its own.
 *
 * <p>Order matters. A question on screen wins over recent output because asking it was the last
 * output; it needs a short quiet spell so a question that merely scrolls past is not taken for
 * one that waits. An active pattern (a spinner line) wins over quiet output because agents think
 * silently for long stretches.
 */
public final class ActivityClassifier {
  /** How long the screen must stay quiet before a visible question counts as waiting. */
  static final Duration QUESTION_SETTLE = Duration.ofSeconds(1);

  private final ScreenPatterns waitingInput;
  private final ScreenPatterns active;
  private final Duration idleAfter;

  public ActivityClassifier(ScreenPatterns waitingInput, ScreenPatterns active, Duration idleAfter) {
    this.waitingInput = waitingInput;
    this.active = active;
    this.idleAfter = idleAfter;
  }

  public Activity classify(ActivityInputs in) {
    if (in.exited()) {
      return Activity.Exited;
    }
    Duration quietOnScreen = Duration.between(in.lastOutputAt(), in.now());
    if (quietOnScreen.compareTo(QUESTION_SETTLE) >= 0 && waitingInput.matchesBottom(in.screen())) {
      return Activity.WaitingInput;
    }
    if (active.matchesBottom(in.screen())) {
      return Activity.Active;
    }
    Instant lastSign = latest(in.lastOutputAt(), in.sessionLogModifiedAt());
    return Duration.between(lastSign, in.now()).compareTo(idleAfter) < 0 ? Activity.Active : Activity.Idle;
  }

  private static Instant latest(Instant a, Instant b) {
    return b == null || a.isAfter(b) ? a : b;
  }
}
