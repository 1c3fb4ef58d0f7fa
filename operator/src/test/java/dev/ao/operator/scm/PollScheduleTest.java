package dev.ao.operator.scm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
  private static final Duration INTERVAL = Duration.ofSeconds(30);

  private static Duration waitFor(RateBudget budget, Instant retryAt, long seed) {
    return Duration.between(NOW, PollSchedule.next(NOW, INTERVAL, budget, retryAt, new SplittableRandom(seed)));
  }

  @Test
  void should_poll_once_per_interval_on_average_with_jitter_of_five_percent_either_way() {
    long totalMillis = 0;
    int polls = 2_000;
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < polls; i++) {
      Duration wait = Duration.between(NOW, PollSchedule.next(NOW, INTERVAL, null, null, random));
      assertThat(wait).isBetween(Duration.ofMillis(28_500), Duration.ofMillis(31_500));
      totalMillis += wait.toMillis();
    }
    assertThat((double) totalMillis / polls).isCloseTo(30_000, org.assertj.core.data.Offset.offset(150.0));
  }

  @Test
  void should_stretch_the_interval_as_the_budget_runs_low() {
    Instant reset = NOW.plusSeconds(3600);
    assertThat(waitFor(new RateBudget("graphql", 5000, 2000, reset), null, 1)).isBetween(Duration.ofMillis(28_500), Duration.ofMillis(31_500));
    assertThat(waitFor(new RateBudget("graphql", 5000, 400, reset), null, 1)).as("below 10%: three times")
        .isBetween(Duration.ofMillis(88_500), Duration.ofMillis(91_500));
    assertThat(waitFor(new RateBudget("graphql", 5000, 50, reset), null, 1)).as("below 2%: eight times")
        .isBetween(Duration.ofMillis(238_500), Duration.ofMillis(241_500));
  }

  @Test
  void should_sleep_until_the_reset_when_the_budget_is_spent_or_the_host_said_when_to_retry() {
    Instant reset = NOW.plusSeconds(600);
    assertThat(waitFor(new RateBudget("core", 5000, 0, reset), null, 3)).isBetween(Duration.ofSeconds(600), Duration.ofSeconds(602));
    assertThat(waitFor(null, NOW.plusSeconds(45), 3)).as("Retry-After").isBetween(Duration.ofSeconds(45), Duration.ofSeconds(47));
    assertThat(waitFor(null, NOW.minusSeconds(5), 3)).as("a retry time already past is no reason to wait")
        .isBetween(Duration.ofMillis(28_500), Duration.ofMillis(31_500));
  }
}
