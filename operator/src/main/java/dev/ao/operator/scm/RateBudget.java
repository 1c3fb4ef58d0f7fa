package dev.ao.operator.scm;

import java.time.Instant;

/** What is left of an SCM rate-limit budget, as the last response reported it. */
public record RateBudget(String resource, int limit, int remaining, Instant resetAt) {
  public double fractionLeft() {
    return limit <= 0 ? 1.0 : (double) remaining / limit;
  }
}
