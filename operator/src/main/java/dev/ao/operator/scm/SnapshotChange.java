package dev.ao.operator.scm;

import java.util.Objects;

/** Pure: whether a PR summary differs from what a Session last saw, and whether detail is needed. */
public final class SnapshotChange {
  private SnapshotChange() {}

  /** Summary fields that drive phases and reactions changed (or the PR appeared or vanished). */
  public static boolean summaryChanged(PullRequestSnapshot before, PullRequestSnapshot after) {
    if (before == null || after == null) {
      return before != after;
    }
    return before.number() != after.number()
        || before.state() != after.state()
        || before.draft() != after.draft()
        || !Objects.equals(before.headSha(), after.headSha())
        || !Objects.equals(before.updatedAt(), after.updatedAt())
        || before.mergeable() != after.mergeable()
        || before.reviewDecision() != after.reviewDecision()
        || before.ci() != after.ci();
  }

  /**
   * Detail is fetched when the summary changed, and revalidated every cycle while CI is not green
   * (check runs change without touching the PR's updatedAt; an ETag makes an unchanged answer free).
   */
  public static boolean needsDetail(PullRequestSnapshot before, PullRequestSnapshot after) {
    if (after == null || after.state() != PullRequestSnapshot.PrState.OPEN) {
      return false;
    }
    return summaryChanged(before, after) || after.ci() == PullRequestSnapshot.CiState.FAILING || after.ci() == PullRequestSnapshot.CiState.PENDING;
  }
}
