package dev.ao.sim.model;

/** GitHub's {@code CheckStatusState}: the life-cycle stage of a check run. */
public enum CheckStatus {
  QUEUED,
  IN_PROGRESS,
  COMPLETED,
  WAITING,
  REQUESTED,
  PENDING
}
