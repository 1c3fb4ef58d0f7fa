package dev.ao.sim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives mergeability, review decision, merge state status and merge blockers the way GitHub does for classic
 * branch protection. Callers hold the model lock.
 */
public final class PullRequestAssessor {

  private final GitFacts git;

  public PullRequestAssessor(GitFacts git) {
    this.git = git;
  }

  public PullRequestAssessment assess(PullRequest pr) {
    Repo repo = pr.repo();
    BranchProtection protection = repo.protectionFor(pr.baseRefName());
    ReviewDecision decision = reviewDecision(pr, protection);
    if (!pr.isOpen()) {
      MergeableState mergeable = pr.mergeableOverride() != null ? pr.mergeableOverride() : MergeableState.UNKNOWN;
      return new PullRequestAssessment(
          mergeable, decision, MergeStateStatus.UNKNOWN, List.of("Pull Request is not mergeable"));
    }
    String baseSha = git.branchTip(repo, pr.baseRefName());
    MergeableState mergeable = mergeability(pr, baseSha);
    Optional<CheckRollup> rollup = CheckRollup.of(repo, pr.headRefOid());
    List<String> checkBlockers = requiredCheckBlockers(protection, rollup);
    List<String> reviewBlockers = reviewBlockers(decision, protection);
    boolean behind = protection.requireUpToDate() && baseSha != null && git.isBehind(repo, baseSha, pr.headRefOid());

    List<String> blockers = new ArrayList<>();
    if (pr.isDraft()) {
      blockers.add("Pull Request is still a draft");
    }
    if (mergeable != MergeableState.MERGEABLE) {
      blockers.add("Pull Request is not mergeable");
    }
    if (behind) {
      blockers.add("Head branch is not up to date with the base branch");
    }
    blockers.addAll(checkBlockers);
    blockers.addAll(reviewBlockers);
    return new PullRequestAssessment(
        mergeable, decision, mergeStateStatus(pr, mergeable, behind, blockers, rollup), List.copyOf(blockers));
  }

  private MergeableState mergeability(PullRequest pr, String baseSha) {
    if (pr.mergeableOverride() != null) {
      return pr.mergeableOverride();
    }
    if (baseSha == null) {
      return MergeableState.UNKNOWN;
    }
    return git.mergeability(pr.repo(), baseSha, pr.headRefOid());
  }

  private static MergeStateStatus mergeStateStatus(
      PullRequest pr,
      MergeableState mergeable,
      boolean behind,
      List<String> blockers,
      Optional<CheckRollup> rollup) {
    if (pr.isDraft()) {
      return MergeStateStatus.DRAFT;
    }
    if (mergeable == MergeableState.CONFLICTING) {
      return MergeStateStatus.DIRTY;
    }
    if (mergeable == MergeableState.UNKNOWN) {
      return MergeStateStatus.UNKNOWN;
    }
    if (behind) {
      return MergeStateStatus.BEHIND;
    }
    if (!blockers.isEmpty()) {
      return MergeStateStatus.BLOCKED;
    }
    // Required checks pass but some other check is red or still running: GitHub calls that UNSTABLE.
    if (rollup.isPresent() && rollup.get().state() != StatusState.SUCCESS) {
      return MergeStateStatus.UNSTABLE;
    }
    return MergeStateStatus.CLEAN;
  }

  private static List<String> requiredCheckBlockers(BranchProtection protection, Optional<CheckRollup> rollup) {
    List<String> blockers = new ArrayList<>();
    for (String name : protection.requiredChecks()) {
      CheckRollup.Requirement requirement =
          rollup.map(r -> r.requirement(name)).orElse(CheckRollup.Requirement.MISSING);
      switch (requirement) {
        case MISSING, PENDING -> blockers.add("Required status check \"" + name + "\" is expected.");
        case FAILING -> blockers.add("Required status check \"" + name + "\" is failing.");
        case PASSING -> { }
      }
    }
    return blockers;
  }

  private static List<String> reviewBlockers(ReviewDecision decision, BranchProtection protection) {
    if (decision == null || decision == ReviewDecision.APPROVED) {
      return List.of();
    }
    if (decision == ReviewDecision.CHANGES_REQUESTED) {
      return List.of("Changes have been requested by a reviewer with write access.");
    }
    int count = protection.requiredApprovingReviews();
    return List.of("At least " + count + " approving review" + (count == 1 ? " is" : "s are")
        + " required by reviewers with write access.");
  }

  /**
   * Each reviewer's latest approving or change-requesting review counts; comments do not override it and a dismissal
   * clears it. Null when the base branch does not require reviews, as GitHub reports it.
   */
  static ReviewDecision reviewDecision(PullRequest pr, BranchProtection protection) {
    if (!protection.reviewsRequired()) {
      return null;
    }
    Map<String, ReviewState> latestByReviewer = new LinkedHashMap<>();
    for (Review review : pr.reviews()) {
      switch (review.state()) {
        case APPROVED, CHANGES_REQUESTED -> latestByReviewer.put(review.author().login(), review.state());
        case DISMISSED -> latestByReviewer.remove(review.author().login());
        case COMMENTED, PENDING -> { }
      }
    }
    if (latestByReviewer.containsValue(ReviewState.CHANGES_REQUESTED)) {
      return ReviewDecision.CHANGES_REQUESTED;
    }
    long approvals = latestByReviewer.values().stream().filter(s -> s == ReviewState.APPROVED).count();
    return approvals >= protection.requiredApprovingReviews()
        ? ReviewDecision.APPROVED
        : ReviewDecision.REVIEW_REQUIRED;
  }
}
