package dev.ao.bench.github;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where a Session's PR stands when the benchmark starts, with the share of Sessions in each state: a fleet of agents
 * at every stage of their work, so the poller sees every kind of PR (CI running, red, green; reviews pending,
 * changes requested, approved) and some branches without a PR yet.
 */
enum InitialState {
  NO_PR(10),
  CI_PENDING(20),
  CI_FAILING(20),
  REVIEW_PENDING(20),
  CHANGES_REQUESTED(15),
  APPROVED_AND_GREEN(15);

  private final int percent;

  InitialState(int percent) {
    this.percent = percent;
  }

  static InitialState pick(RandomGenerator random) {
    int roll = random.nextInt(100);
    for (InitialState s : List.of(values())) {
      if (roll < s.percent) {
        return s;
      }
      roll -= s.percent;
    }
    throw new IllegalStateException("shares do not add up to 100");
  }
}
