package dev.ao.sim.api;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Budgets per account and resource, as GitHub keys them (per user, shared by all the user's tokens). Budgets are
 * created on first use with the default limits: 5,000 REST requests and 5,000 GraphQL points an hour for
 * authenticated accounts, 60 REST requests for anonymous callers.
 */
public final class RateLimits {

  public static final String ANONYMOUS = "\0anonymous";
  private static final long WINDOW_SECONDS = 3600;

  private final Clock clock;
  private final Map<String, Map<RateResource, RateBudget>> budgets = new ConcurrentHashMap<>();
  private final Map<RateResource, Integer> defaultLimits = new EnumMap<>(RateResource.class);
  private final Map<RateResource, Long> exhaustedUntil = new EnumMap<>(RateResource.class);

  public RateLimits(Clock clock) {
    this.clock = clock;
    defaultLimits.put(RateResource.CORE, 5000);
    defaultLimits.put(RateResource.GRAPHQL, 5000);
  }

  public Instant now() {
    return clock.instant();
  }

  public RateBudget budget(String login, RateResource resource) {
    return budgets
        .computeIfAbsent(login, key -> new ConcurrentHashMap<>())
        .computeIfAbsent(resource, r -> newBudget(login, r));
  }

  private synchronized RateBudget newBudget(String login, RateResource resource) {
    int limit = login.equals(ANONYMOUS) && resource == RateResource.CORE ? 60 : defaultLimits.get(resource);
    RateBudget budget = new RateBudget(resource, limit, WINDOW_SECONDS, clock.instant());
    Long until = exhaustedUntil.get(resource);
    if (until != null && clock.instant().getEpochSecond() < until) {
      budget.set(limit, 0, until);
    }
    return budget;
  }

  /** Sets one account's budget: limit, what remains, and when the window resets. */
  public void set(String login, RateResource resource, int limit, int remaining, Instant resetAt) {
    budget(login, resource).set(limit, remaining, resetAt.getEpochSecond());
  }

  /** The limit new budgets start with (existing budgets keep theirs). */
  public synchronized void setDefaultLimit(RateResource resource, int limit) {
    defaultLimits.put(resource, limit);
  }

  /**
   * Primary-limit exhaustion for every account, current and future, until {@code resetAt}: each request is refused
   * with {@code x-ratelimit-remaining: 0} until the reset, after which the budgets refill.
   */
  public synchronized void exhaustUntil(RateResource resource, Instant resetAt) {
    exhaustedUntil.put(resource, resetAt.getEpochSecond());
    for (Map<RateResource, RateBudget> byResource : budgets.values()) {
      RateBudget budget = byResource.get(resource);
      if (budget != null) {
        RateSnapshot now = budget.snapshot(clock.instant());
        budget.set(now.limit(), 0, resetAt.getEpochSecond());
      }
    }
  }

  /** Forgets every budget and exhaustion: the next request of each account starts a fresh window. */
  public synchronized void reset() {
    budgets.clear();
    exhaustedUntil.clear();
  }
}
