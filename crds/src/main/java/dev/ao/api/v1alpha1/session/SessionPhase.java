package dev.ao.api.v1alpha1.session;

import java.util.EnumSet;
import java.util.Set;

/** Where a Session is in its life. Names match the seed tool's statuses, plus {@link #Queued}. */
public enum SessionPhase {
  Queued("Waiting for the Project's maxConcurrentSessions limit to free a slot."),
  Spawning("Workspace and agent pod are being created."),
  Working("The agent is running and no PR exists yet."),
  PROpen("A PR is open; CI and review have not concluded."),
  CIFailed("CI is failing on the PR head."),
  ReviewPending("CI is green; waiting for a review."),
  ChangesRequested("A reviewer requested changes."),
  Approved("The PR is approved; CI or mergeability still pending."),
  Mergeable("Approved, green and mergeable."),
  Merged("The PR was merged; cleanup follows."),
  NeedsInput("The agent is waiting for a human answer."),
  Stuck("The agent has been idle past the Project's stuck threshold."),
  Errored("Something failed; status.message and the conditions say what and how to fix it."),
  Done("Finished: PR merged or closed, or issue completed; the agent pod is stopped."),
  Killed("The agent was stopped or its process died.");

  private static final Set<SessionPhase> TERMINAL = EnumSet.of(Done, Errored, Killed);
  private static final Set<SessionPhase> HOLDING_SLOT =
      EnumSet.complementOf(EnumSet.of(Queued, Done, Errored, Killed));

  private final String description;

  SessionPhase(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** Phases after which the operator does not start the agent again on its own. */
  public boolean isTerminal() {
    return TERMINAL.contains(this);
  }

  /** Phases that count against the Project's maxConcurrentSessions: the agent pod is meant to run. */
  public boolean holdsSlot() {
    return HOLDING_SLOT.contains(this);
  }
}
