package dev.ao.sim.model;

/** GitHub's {@code PullRequestReviewDecision}; absent (null) when the base branch does not require reviews. */
public enum ReviewDecision {
  APPROVED,
  CHANGES_REQUESTED,
  REVIEW_REQUIRED
}
