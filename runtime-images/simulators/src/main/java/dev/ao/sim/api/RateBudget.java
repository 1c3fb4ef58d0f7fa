package dev.ao.sim.api;

import java.time.Instant;

/**
 * One account's budget for one resource in the current window. When the window's reset time passes, usage starts over
 * and a new window begins, as GitHub's hourly windows do.
 */
public final class RateBudget {

  private final RateResource resource;
  private final long windowSeconds;
  private int limit;
  private int used;
  private long resetEpochSecond;

  RateBudget(RateResource resource, int limit, long windowSeconds, Instant now) {
    this.resource = resource;
    this.limit = limit;
    this.windowSeconds = windowSeconds;
    this.resetEpochSecond = now.getEpochSecond() + windowSeconds;
  }

  /** Consumes {@code points} if they fit in what remains. */
  public synchronized boolean tryConsume(int points, Instant now) {
    roll(now);
    if (used + points > limit) {
      return false;
    }
    used += points;
    return true;
  }

  public synchronized boolean isExhausted(Instant now) {
    roll(now);
    return used >= limit;
  }

  public synchronized RateSnapshot snapshot(Instant now) {
    roll(now);
    return new RateSnapshot(resource, limit, used, resetEpochSecond);
  }

  /** Sets the budget outright (control API). */
  public synchronized void set(int newLimit, int remaining, long newResetEpochSecond) {
    limit = newLimit;
    used = Math.max(0, newLimit - remaining);
    resetEpochSecond = newResetEpochSecond;
  }

  private void roll(Instant now) {
    if (now.getEpochSecond() >= resetEpochSecond) {
      used = 0;
      resetEpochSecond = now.getEpochSecond() + windowSeconds;
    }
  }
}
