package dev.ao.sim.model;

/** GitHub's {@code MergeableState}: whether the head merges cleanly into the base. */
public enum MergeableState {
  MERGEABLE,
  CONFLICTING,
  UNKNOWN
}
