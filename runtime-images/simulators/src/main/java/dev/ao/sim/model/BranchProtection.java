package dev.ao.sim.model;

import java.util.List;

/**
 * The subset of a classic branch protection rule the simulator enforces on merges.
 *
 * @param requiredChecks check-run names or status contexts that must succeed on the head commit
 * @param requiredApprovingReviews approving reviews needed; 0 means reviews are not required, which also makes
 *     GraphQL's {@code reviewDecision} null, as on GitHub
 * @param requireUpToDate "require branches to be up to date before merging": a head behind its base is BEHIND
 */
public record BranchProtection(List<String> requiredChecks, int requiredApprovingReviews, boolean requireUpToDate) {

  public static final BranchProtection NONE = new BranchProtection(List.of(), 0, false);

  public BranchProtection {
    requiredChecks = List.copyOf(requiredChecks);
    if (requiredApprovingReviews < 0) {
      throw new IllegalArgumentException("requiredApprovingReviews must be >= 0");
    }
  }

  public boolean reviewsRequired() {
    return requiredApprovingReviews > 0;
  }
}
