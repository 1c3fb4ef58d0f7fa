package dev.ao.sim.api;

import java.util.concurrent.atomic.LongAdder;

/** Counters behind {@link SimulatorStats}; cheap to bump from many request threads. */
public final class RequestStats {

  private final LongAdder graphql = new LongAdder();
  private final LongAdder rest2xx = new LongAdder();
  private final LongAdder rest304 = new LongAdder();
  private final LongAdder rest4xx = new LongAdder();
  private final LongAdder rest5xx = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder graphqlPoints = new LongAdder();
  private final LongAdder git = new LongAdder();

  public void graphqlRequest() {
    graphql.increment();
  }

  public void graphqlPoints(int points) {
    graphqlPoints.add(points);
  }

  public void rateLimited() {
    rateLimited.increment();
  }

  public void gitRequest() {
    git.increment();
  }

  /** Counts a REST response by its status class; rate-limited responses are counted by {@link #rateLimited()}. */
  public void restResponse(int status) {
    if (status == 304) {
      rest304.increment();
    } else if (status >= 500) {
      rest5xx.increment();
    } else if (status >= 400) {
      rest4xx.increment();
    } else {
      rest2xx.increment();
    }
  }

  public SimulatorStats snapshot() {
    return new SimulatorStats(
        graphql.sum(),
        rest2xx.sum(),
        rest304.sum(),
        rest4xx.sum(),
        rest5xx.sum(),
        rateLimited.sum(),
        graphqlPoints.sum(),
        git.sum());
  }

  public void reset() {
    for (LongAdder adder : new LongAdder[] {graphql, rest2xx, rest304, rest4xx, rest5xx, rateLimited, graphqlPoints,
        git}) {
      adder.reset();
    }
  }
}
