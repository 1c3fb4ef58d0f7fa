package dev.ao.sim.model;

/** GitHub's {@code PullRequestMergeMethod} (REST spells them in lower case). */
public enum MergeMethod {
  MERGE,
  SQUASH,
  REBASE
}
