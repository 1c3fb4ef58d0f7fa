package dev.ao.sim.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Faults to inject into the next API requests (REST and GraphQL; git and the control API are never faulted), in
 * the order they were queued.
 */
public final class FaultInjector {

  /** What the next request gets instead of its real answer. */
  public record Fault(Kind kind, int status, int retryAfterSeconds) {

    public enum Kind {
      /** A 5xx with GitHub's generic error body. */
      SERVER_ERROR,
      /** A secondary (abuse) rate limit: 403 or 429 with {@code retry-after}. */
      SECONDARY_RATE_LIMIT
    }
  }

  private final Deque<Fault> queue = new ArrayDeque<>();

  public synchronized void failNext(int count, int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("a server error status is 5xx, got " + status);
    }
    for (int i = 0; i < count; i++) {
      queue.addLast(new Fault(Fault.Kind.SERVER_ERROR, status, 0));
    }
  }

  public synchronized void secondaryRateLimitNext(int count, int status, int retryAfterSeconds) {
    if (status != 403 && status != 429) {
      throw new IllegalArgumentException("GitHub answers a secondary limit with 403 or 429, got " + status);
    }
    for (int i = 0; i < count; i++) {
      queue.addLast(new Fault(Fault.Kind.SECONDARY_RATE_LIMIT, status, retryAfterSeconds));
    }
  }

  public synchronized Optional<Fault> next() {
    return Optional.ofNullable(queue.pollFirst());
  }

  public synchronized void clear() {
    queue.clear();
  }
}
