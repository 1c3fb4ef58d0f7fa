package dev.ao.operator.scm;

import dev.ao.api.v1alpha1.project.ScmSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An SCM host (GitHub today). Reads are shaped for batching: one call summarises every tracked
 * branch of a repository; detail is fetched only for the PRs whose summary changed, together.
 */
public interface ScmClient {
  /** PR summaries (no checks or threads) for the given head branches, keyed by branch. */
  Map<String, PullRequestSnapshot> pollRepository(ScmTarget target, Set<String> branches) throws ScmException;

  /** One PR by number (for a tracked PR that left the batch window), or null when it does not exist. */
  PullRequestSnapshot pullRequest(ScmTarget target, int number) throws ScmException;

  /**
   * The summaries plus check details and unresolved review threads, for every PR of one repository
   * whose summary changed in this poll, keyed by PR number. Batched: a host that can answer several
   * PRs in one request does. Each request's {@code previous} is what the Session last saw: parts that
   * cannot have changed (threads, when the PR was not updated) are reused instead of fetched again.
   */
  Map<Integer, PullRequestSnapshot> withDetail(ScmTarget target, List<DetailRequest> requests) throws ScmException;

  /** Merges the PR if its head is still {@code headSha}; respects branch protection and merge queues. */
  MergeResult merge(ScmTarget target, int number, String headSha, ScmSpec.MergeMethod method) throws ScmException;

  /** Adds a comment to the PR or issue. */
  void comment(ScmTarget target, int number, String body) throws ScmException;

  /** The budgets last reported by the host (core REST, GraphQL). */
  List<RateBudget> budgets();

  /** One PR to detail: its fresh summary and the snapshot the Session last saw (null at first sight). */
  record DetailRequest(PullRequestSnapshot summary, PullRequestSnapshot previous) {}

  /** Outcome of a merge request. */
  record MergeResult(boolean merged, boolean queued, String message) {}
}
