package dev.ao.sim.model;

/** GitHub's {@code StatusState}, used by commit statuses and by the check rollup. */
public enum StatusState {
  ERROR,
  EXPECTED,
  FAILURE,
  PENDING,
  SUCCESS
}
