package dev.ao.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition on the real node until it holds, failing with what was awaited and what was last seen. */
final class Await {
  private Await() {}

  static void until(Duration timeout, String what, BooleanSupplier condition) {
    until(timeout, what, condition, () -> "");
  }

  static void until(Duration timeout, String what, BooleanSupplier condition, Supplier<String> lastSeen) {
    Instant deadline = Instant.now().plus(timeout);
    RuntimeException lastError = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
        lastError = null;
      } catch (RuntimeException e) {
        lastError = e; // the API server may refuse a request now and then (a restart under test): keep polling
      }
      sleep(Duration.ofMillis(250));
    }
    String seen = lastSeen.get();
    throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
        + (seen.isEmpty() ? "" : "; last seen: " + seen) + (lastError == null ? "" : "; last error: " + lastError));
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
