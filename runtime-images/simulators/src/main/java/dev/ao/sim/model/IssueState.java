package dev.ao.sim.model;

/** GitHub's {@code IssueState}. */
public enum IssueState {
  OPEN,
  CLOSED
}
