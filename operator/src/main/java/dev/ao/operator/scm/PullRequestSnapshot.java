package dev.ao.operator.scm;

import java.time.Instant;
import java.util.List;

/**
 * A Session branch's pull request as one poll cycle saw it: the batched summary plus, when the
 * summary changed, the detail (failing checks, unresolved threads). Immutable; shared by reconciles.
 */
public record PullRequestSnapshot(
    int number,
    String url,
    String title,
    PrState state,
    boolean draft,
    String headRef,
    String headSha,
    Instant updatedAt,
    Mergeable mergeable,
    String mergeStateStatus,
    ReviewDecision reviewDecision,
    CiState ci,
    List<CheckResult> checks,
    List<ReviewThreadInfo> unresolvedThreads) {

  public PullRequestSnapshot {
    checks = checks == null ? List.of() : List.copyOf(checks);
    unresolvedThreads = unresolvedThreads == null ? List.of() : List.copyOf(unresolvedThreads);
  }

  /** PR lifecycle state. */
  public enum PrState {
    OPEN,
    MERGED,
    CLOSED
  }

  /** Whether GitHub can merge the head into the base. */
  public enum Mergeable {
    MERGEABLE,
    CONFLICTING,
    UNKNOWN
  }

  /** GitHub's review decision; NONE when the repository does not require reviews. */
  public enum ReviewDecision {
    APPROVED,
    CHANGES_REQUESTED,
    REVIEW_REQUIRED,
    NONE
  }

  /** Rollup of all checks on the head commit. */
  public enum CiState {
    PASSING,
    FAILING,
    PENDING,
    NONE
  }

  /** One check on the head commit. */
  public record CheckResult(String name, String status, String conclusion, String url, boolean required, String excerpt) {
    public boolean failing() {
      return conclusion != null
          && List.of("failure", "timed_out", "cancelled", "action_required", "startup_failure", "error")
              .contains(conclusion.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean pending() {
      return conclusion == null || conclusion.isBlank();
    }
  }

  /** An unresolved review thread: where, who, what. */
  public record ReviewThreadInfo(String id, String path, Integer line, String author, boolean bot, String body, String url) {}

  public List<CheckResult> failingChecks() {
    return checks.stream().filter(CheckResult::failing).toList();
  }

  public boolean requiredChecksPending() {
    return checks.stream().anyMatch(c -> c.required() && c.pending());
  }

  public List<ReviewThreadInfo> humanThreads() {
    return unresolvedThreads.stream().filter(t -> !t.bot()).toList();
  }

  public List<ReviewThreadInfo> botThreads() {
    return unresolvedThreads.stream().filter(ReviewThreadInfo::bot).toList();
  }
}
