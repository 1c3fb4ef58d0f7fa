package dev.ao.sim.model;

/** GitHub's {@code MergeStateStatus}. HAS_HOOKS is declared for fidelity but never produced. */
public enum MergeStateStatus {
  BEHIND,
  BLOCKED,
  CLEAN,
  DIRTY,
  DRAFT,
  HAS_HOOKS,
  UNKNOWN,
  UNSTABLE
}
