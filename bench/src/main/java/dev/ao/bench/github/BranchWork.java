package dev.ao.bench.github;

import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;

/**
 * One Session's branch as the benchmark made it at the GitHub simulator: which PR, which CI and review state. The
 * change driver updates it with every change it makes, so it always says what the Session's status should show.
 */
public final class BranchWork {
  private final String session;
  private final String repo;
  private final String branch;
  private final String headSha;
  private int number;
  private CiState ci = CiState.NONE;
  private ReviewState review = ReviewState.REVIEW_REQUIRED;
  private boolean merged;

  BranchWork(String session, String repo, String branch, String headSha) {
    this.session = session;
    this.repo = repo;
    this.branch = branch;
    this.headSha = headSha;
  }

  public String session() {
    return session;
  }

  public String repo() {
    return repo;
  }

  public String branch() {
    return branch;
  }

  String headSha() {
    return headSha;
  }

  public int number() {
    return number;
  }

  boolean hasOpenPr() {
    return number > 0 && !merged;
  }

  CiState ci() {
    return ci;
  }

  ReviewState review() {
    return review;
  }

  boolean merged() {
    return merged;
  }

  void opened(int prNumber) {
    number = prNumber;
  }

  void ci(CiState state) {
    ci = state;
  }

  void review(ReviewState state) {
    review = state;
  }

  void merge() {
    merged = true;
  }

  /** Whether the status shows this branch as it is now (the steady state before measuring starts). */
  public boolean shownBy(SessionStatus status) {
    if (status == null) {
      return false;
    }
    if (number == 0) {
      return status.pr == null && status.phase == SessionPhase.Working;
    }
    return status.pr != null && status.pr.number != null && status.pr.number == number
        && ci.statusValue().equals(status.pr.ci) && review.statusValue().equals(status.pr.reviewDecision);
  }
}
