package dev.ao.sim.graphql;

import dev.ao.sim.api.RateSnapshot;
import dev.ao.sim.model.Actor;

/**
 * Per-request facts fetchers need: who is asking, and what the query cost and left of the budget (for the
 * {@code rateLimit} field).
 */
public record RequestContext(Actor viewer, QueryCost cost, RateSnapshot budgetAfterCharge) {

  static final String KEY = RequestContext.class.getName();
}
