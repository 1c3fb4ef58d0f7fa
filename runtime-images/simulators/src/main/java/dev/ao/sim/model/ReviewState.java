package dev.ao.sim.model;

/** GitHub's {@code PullRequestReviewState}. */
public enum ReviewState {
  APPROVED,
  CHANGES_REQUESTED,
  COMMENTED,
  DISMISSED,
  PENDING
}
