package dev.ao.runner.activity;

/** What the agent is doing, as the operator's Session status shows it. */
public enum Activity {
  Active,
  Idle,
  WaitingInput,
  Exited
}
