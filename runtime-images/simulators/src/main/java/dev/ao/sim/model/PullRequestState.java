package dev.ao.sim.model;

/** GitHub's {@code PullRequestState}. */
public enum PullRequestState {
  OPEN,
  CLOSED,
  MERGED
}
