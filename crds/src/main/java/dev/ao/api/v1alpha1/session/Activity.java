package dev.ao.api.v1alpha1.session;

/** What the agent process is doing, as the in-pod runner observes it. */
public enum Activity {
  Active,
  Idle,
  WaitingInput,
  Exited
}
