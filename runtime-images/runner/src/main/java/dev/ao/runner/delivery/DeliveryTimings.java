package dev.ao.runner.delivery;

import java.time.Duration;

/**
 * Time limits of one delivery. Polling is short because tmux answers in milliseconds; the limits
 * bound how long an HTTP caller waits for a verdict (at most paste + attempts x submit wait).
 */
public record DeliveryTimings(Duration poll, Duration pasteWait, Duration submitWait, int maxSubmits) {
  public static final DeliveryTimings DEFAULT =
      new DeliveryTimings(Duration.ofMillis(25), Duration.ofSeconds(3), Duration.ofSeconds(1), 4);
}
