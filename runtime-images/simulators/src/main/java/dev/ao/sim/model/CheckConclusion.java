package dev.ao.sim.model;

/** GitHub's {@code CheckConclusionState}: the outcome of a completed check run. */
public enum CheckConclusion {
  ACTION_REQUIRED,
  CANCELLED,
  FAILURE,
  NEUTRAL,
  SKIPPED,
  STALE,
  STARTUP_FAILURE,
  SUCCESS,
  TIMED_OUT;

  /** Whether branch protection accepts this conclusion for a required check (GitHub: success, neutral, skipped). */
  public boolean satisfiesRequirement() {
    return this == SUCCESS || this == NEUTRAL || this == SKIPPED;
  }

  /** Whether this conclusion turns the rollup red. */
  public boolean isFailing() {
    return this == ACTION_REQUIRED
        || this == CANCELLED
        || this == FAILURE
        || this == STARTUP_FAILURE
        || this == TIMED_OUT;
  }
}
