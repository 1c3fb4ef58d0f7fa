package dev.ao.sim.api;

/**
 * Request counters since the last reset. Each REST response is counted once, by class: {@code rest2xx},
 * {@code rest304}, {@code rest4xx}, {@code rest5xx}, or {@code rateLimited} (primary or secondary limit, REST or
 * GraphQL). {@code graphql} counts every GraphQL request, rate-limited or not; {@code graphqlPoints} the points
 * charged. {@code git} counts smart-HTTP requests.
 */
public record SimulatorStats(
    long graphql,
    long rest2xx,
    long rest304,
    long rest4xx,
    long rest5xx,
    long rateLimited,
    long graphqlPoints,
    long git) {

  /** Every REST request, whatever its outcome. */
  public long restTotal() {
    return rest2xx + rest304 + rest4xx + rest5xx;
  }
}
