package dev.ao.operator.scm;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Pure: when to poll a repository next. Slows down as the rate-limit budget runs low (so the
 * budget lasts until reset), waits for the reset when it is spent or the host asked us to wait,
 * and adds jitter so many repositories do not poll in lockstep. The jitter is centred (±5% of the
 * interval), so on average a repository is polled once per interval, as configured.
 */
public final class PollSchedule {
  static final double LOW_BUDGET = 0.10;
  static final double VERY_LOW_BUDGET = 0.02;

  private PollSchedule() {}

  /** @param now when the poll that is being scheduled started: a slow poll does not stretch the interval */
  public static Instant next(Instant now, Duration interval, RateBudget budget, Instant retryAt, RandomGenerator random) {
    if (retryAt != null && retryAt.isAfter(now)) {
      return retryAt.plus(jitter(Duration.ofSeconds(2), random));
    }
    Duration wait = interval;
    if (budget != null) {
      double left = budget.fractionLeft();
      if (budget.remaining() <= 0 && budget.resetAt() != null && budget.resetAt().isAfter(now)) {
        return budget.resetAt().plus(jitter(Duration.ofSeconds(2), random));
      }
      if (left < VERY_LOW_BUDGET) {
        wait = interval.multipliedBy(8);
      } else if (left < LOW_BUDGET) {
        wait = interval.multipliedBy(3);
      }
    }
    return now.plus(wait).plus(jitter(interval.dividedBy(10), random)).minus(interval.dividedBy(20));
  }

  private static Duration jitter(Duration max, RandomGenerator random) {
    long ms = Math.max(1, max.toMillis());
    return Duration.ofMillis(random.nextLong(ms));
  }
}
