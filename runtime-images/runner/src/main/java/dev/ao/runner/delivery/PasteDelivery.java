package dev.ao.runner.delivery;

import dev.ao.runner.Log;
import dev.ao.runner.tmux.Tmux;
import dev.ao.runner.tmux.TmuxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Delivers a message the way a person would paste it: bracketed paste of the whole text (so
 * newlines stay inside the message), wait until the agent shows it, press the submit keys, and
 * watch the screen until the agent has taken it — pressing the keys again if it has not.
 */
public final class PasteDelivery implements MessageSink {
  static final Duration SETTLED = Duration.ofMillis(200);
  private final Tmux tmux;
  private final BooleanSupplier agentAlive;
  private final List<String> submitKeys;
  private final DeliveryTimings timings;
  private final Clock clock;
  private long buffers;

  public PasteDelivery(
      Tmux tmux, BooleanSupplier agentAlive, List<String> submitKeys, DeliveryTimings timings, Clock clock) {
    this.tmux = tmux;
    this.agentAlive = agentAlive;
    this.submitKeys = List.copyOf(submitKeys);
    this.timings = timings;
    this.clock = clock;
  }

  @Override
  public DeliveryResult deliver(String id, String rawText) {
    if (!agentAlive.getAsBoolean()) {
      return DeliveryResult.agentExited(id);
    }
    String text = MessageText.sanitize(rawText);
    try {
      List<String> before = tmux.screen();
      String buffer = "ao-msg-" + (++buffers);
      tmux.loadBuffer(buffer, text);
      tmux.pasteBuffer(buffer);
      SubmitCheck check = SubmitCheck.afterPaste(before, awaitPaste(before, text, id), text);
      for (int attempt = 1; attempt <= timings.maxSubmits(); attempt++) {
        tmux.sendKeys(submitKeys);
        if (awaitReceived(check)) {
          return DeliveryResult.delivered(id, clock.instant(), attempt);
        }
        if (!agentAlive.getAsBoolean()) {
          return DeliveryResult.unconfirmed(id, "the agent exited before it showed the message", attempt);
        }
        Log.info("message " + id + ": still in the agent's input after submit " + attempt + ", pressing again");
      }
      return DeliveryResult.unconfirmed(
          id, "the message stayed in the agent's input after " + timings.maxSubmits() + " submit attempts",
          timings.maxSubmits());
    } catch (TmuxException e) {
      return agentAlive.getAsBoolean()
          ? DeliveryResult.unconfirmed(id, e.getMessage(), 0)
          : DeliveryResult.unconfirmed(id, "the agent exited during delivery", 0);
    }
  }

  /**
   * Polls until the pasted text shows and the screen holds still, so the key is not sent
   * mid-paste. An agent that folds a long paste into a placeholder never shows the text; for it a
   * changed screen that stays unchanged for {@link #SETTLED} is enough.
   */
  private List<String> awaitPaste(List<String> before, String text, String id) {
    Instant deadline = clock.instant().plus(timings.pasteWait());
    List<String> previous = before;
    Instant unchangedSince = clock.instant();
    while (clock.instant().isBefore(deadline)) {
      pause();
      List<String> now = tmux.screen();
      if (!now.equals(previous)) {
        unchangedSince = clock.instant();
      } else if (!now.equals(before)) {
        boolean settled = Duration.between(unchangedSince, clock.instant()).compareTo(SETTLED) >= 0;
        if (settled || SubmitCheck.pasteVisible(before, now, text)) {
          return now;
        }
      }
      previous = now;
    }
    Log.info("message " + id + ": the paste did not settle on screen within " + timings.pasteWait().toMillis()
        + " ms; submitting anyway");
    return previous;
  }

  private boolean awaitReceived(SubmitCheck check) {
    Instant deadline = clock.instant().plus(timings.submitWait());
    while (clock.instant().isBefore(deadline)) {
      pause();
      try {
        if (check.received(tmux.screen())) {
          return true;
        }
      } catch (TmuxException e) {
        return false;
      }
    }
    return false;
  }

  private void pause() {
    try {
      Thread.sleep(timings.poll().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TmuxException("delivery interrupted");
    }
  }
}
