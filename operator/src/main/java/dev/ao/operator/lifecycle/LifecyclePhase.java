package dev.ao.operator.lifecycle;

import dev.ao.api.v1alpha1.session.Activity;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.PullRequestSnapshot.CiState;
import dev.ao.operator.scm.PullRequestSnapshot.Mergeable;
import dev.ao.operator.scm.PullRequestSnapshot.PrState;
import dev.ao.operator.scm.PullRequestSnapshot.ReviewDecision;
import java.time.Duration;
import java.time.Instant;

/**
 * The seed's status cascade as a pure function of (previous phase, runner, PR, tracker, clock),
 * for a Session whose agent pod is running. Order matters: a merged PR wins over everything, a
 * dead agent over PR states, waiting for input over PR states, CI failing over review, and so on.
 */
public final class LifecyclePhase {
  private LifecyclePhase() {}

  /** Everything the decision looks at. {@code pr} and {@code runner} may be null (none yet). */
  public record Inputs(
      SessionPhase previous,
      RunnerObservation runner,
      Instant runnerUnreachableSince,
      PullRequestSnapshot pr,
      boolean issueCompleted,
      Instant now,
      Duration stuckAfter,
      Duration runnerGrace) {}

  /** The phase and why, in words a person can act on. */
  public record Decision(SessionPhase phase, String reason, String message) {}

  public static Decision decide(Inputs in) {
    PullRequestSnapshot pr = in.pr();
    if (pr != null && pr.state() == PrState.MERGED) {
      return new Decision(SessionPhase.Merged, "PRMerged", "PR #" + pr.number() + " was merged");
    }
    if (pr != null && pr.state() == PrState.CLOSED) {
      return new Decision(SessionPhase.Done, "PRClosed", "PR #" + pr.number() + " was closed without merging");
    }
    if (in.issueCompleted()) {
      return new Decision(SessionPhase.Done, "IssueCompleted", "the tracker issue was completed");
    }
    RunnerObservation runner = in.runner();
    if (runner != null && runner.reachable() && runner.activity() == Activity.Exited) {
      Integer code = runner.exitCode();
      return code != null && code != 0
          ? new Decision(SessionPhase.Errored, "AgentFailed", "the agent exited with code " + code)
          : new Decision(SessionPhase.Killed, "AgentExited", "the agent exited (code " + (code == null ? "unknown" : code) + ")");
    }
    if (runner != null && !runner.reachable() && in.runnerUnreachableSince() != null
        && Duration.between(in.runnerUnreachableSince(), in.now()).compareTo(in.runnerGrace()) > 0) {
      return new Decision(SessionPhase.Errored, "RunnerUnreachable",
          "the in-pod runner has not answered since " + in.runnerUnreachableSince() + ": " + runner.error());
    }
    if (runner != null && runner.reachable() && runner.activity() == Activity.WaitingInput) {
      return new Decision(SessionPhase.NeedsInput, "WaitingInput", "the agent is waiting for an answer; attach with `ao session attach`");
    }
    if (pr != null) {
      Decision prDecision = fromPullRequest(pr);
      if (prDecision != null) {
        return prDecision;
      }
    }
    if (idleTooLong(in)) {
      return new Decision(SessionPhase.Stuck, "Idle",
          "the agent has produced no output since " + in.runner().lastOutputAt() + " (threshold " + in.stuckAfter().toMinutes() + "m)");
    }
    if (pr != null) {
      return new Decision(SessionPhase.PROpen, "PROpen", "PR #" + pr.number() + " is open; CI " + pr.ci().name().toLowerCase());
    }
    return new Decision(SessionPhase.Working, "AgentStarted", "the agent is working");
  }

  /** CI failing > changes requested > mergeable > approved > review pending; null = plain open PR. */
  private static Decision fromPullRequest(PullRequestSnapshot pr) {
    String n = "PR #" + pr.number();
    if (pr.ci() == CiState.FAILING) {
      return new Decision(SessionPhase.CIFailed, "CIFailing", n + ": CI is failing (" + String.join(", ",
          pr.failingChecks().stream().map(PullRequestSnapshot.CheckResult::name).toList()) + ")");
    }
    if (pr.reviewDecision() == ReviewDecision.CHANGES_REQUESTED) {
      return new Decision(SessionPhase.ChangesRequested, "ChangesRequested", n + ": a reviewer requested changes");
    }
    boolean approvedOrNotRequired = pr.reviewDecision() == ReviewDecision.APPROVED || pr.reviewDecision() == ReviewDecision.NONE;
    if (approvedOrNotRequired && pr.ci() != CiState.PENDING && pr.mergeable() == Mergeable.MERGEABLE && !pr.draft()) {
      return new Decision(SessionPhase.Mergeable, "Mergeable", n + " is approved, green and mergeable");
    }
    if (pr.reviewDecision() == ReviewDecision.APPROVED) {
      return new Decision(SessionPhase.Approved, "Approved",
          n + " is approved; waiting for " + (pr.ci() == CiState.PENDING ? "CI" : "mergeability (" + pr.mergeable().name().toLowerCase() + ")"));
    }
    if (pr.reviewDecision() == ReviewDecision.REVIEW_REQUIRED && pr.ci() == CiState.PASSING && !pr.draft()) {
      return new Decision(SessionPhase.ReviewPending, "ReviewPending", n + " is green and waiting for review");
    }
    return null;
  }

  private static boolean idleTooLong(Inputs in) {
    RunnerObservation r = in.runner();
    return r != null && r.reachable() && r.activity() == Activity.Idle && r.lastOutputAt() != null
        && Duration.between(r.lastOutputAt(), in.now()).compareTo(in.stuckAfter()) > 0;
  }
}
