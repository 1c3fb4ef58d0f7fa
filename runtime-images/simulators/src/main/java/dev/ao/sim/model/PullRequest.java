package dev.ao.sim.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pull request from a branch of the same repository (the simulator has no forks). The head SHA follows pushes to
 * the head branch while the PR is open; merged and closed PRs keep the head they ended with.
 */
public final class PullRequest extends NumberedItem {

  private final String headRefName;
  private final List<Review> reviews = new ArrayList<>();
  private final List<ReviewThread> reviewThreads = new ArrayList<>();
  private String baseRefName;
  private String headRefOid;
  private boolean draft;
  private boolean merged;
  private Instant mergedAt;
  private Actor mergedBy;
  private String mergeCommitOid;
  private String baseRefOidWhenClosed;
  private List<String> commitOidsWhenMerged;
  private MergeableState mergeableOverride;

  public PullRequest(
      Repo repo,
      int number,
      long databaseId,
      String id,
      Actor author,
      String title,
      String body,
      String headRefName,
      String baseRefName,
      String headRefOid,
      boolean draft,
      Instant now) {
    super(repo, number, databaseId, id, author, title, body, now);
    this.headRefName = headRefName;
    this.baseRefName = baseRefName;
    this.headRefOid = headRefOid;
    this.draft = draft;
  }

  public PullRequestState state() {
    if (merged) {
      return PullRequestState.MERGED;
    }
    return closed() ? PullRequestState.CLOSED : PullRequestState.OPEN;
  }

  public boolean isOpen() {
    return state() == PullRequestState.OPEN;
  }

  public String headRefName() {
    return headRefName;
  }

  public String baseRefName() {
    return baseRefName;
  }

  public void setBaseRefName(String baseRefName) {
    this.baseRefName = baseRefName;
  }

  public String headRefOid() {
    return headRefOid;
  }

  public void setHeadRefOid(String headRefOid) {
    this.headRefOid = headRefOid;
  }

  public boolean isDraft() {
    return draft;
  }

  public void setDraft(boolean draft) {
    this.draft = draft;
  }

  public boolean merged() {
    return merged;
  }

  public Instant mergedAt() {
    return mergedAt;
  }

  public Actor mergedBy() {
    return mergedBy;
  }

  public String mergeCommitOid() {
    return mergeCommitOid;
  }

  /** The base tip recorded when the PR stopped being open, or null while it is open (then the live tip applies). */
  public String baseRefOidWhenClosed() {
    return baseRefOidWhenClosed;
  }

  /** The PR's commits as they were at merge time (after a merge the base contains them, so they can't be derived). */
  public List<String> commitOidsWhenMerged() {
    return commitOidsWhenMerged;
  }

  public void markMerged(
      Actor by, String mergeCommit, String baseBeforeMerge, List<String> commitOids, Instant now) {
    merged = true;
    mergedAt = now;
    mergedBy = by;
    mergeCommitOid = mergeCommit;
    baseRefOidWhenClosed = baseBeforeMerge;
    commitOidsWhenMerged = List.copyOf(commitOids);
    setClosedAt(now);
    touch(now);
  }

  public void close(String baseTip, Instant now) {
    baseRefOidWhenClosed = baseTip;
    setClosedAt(now);
    touch(now);
  }

  public void reopen(Instant now) {
    baseRefOidWhenClosed = null;
    setClosedAt(null);
    touch(now);
  }

  /** A mergeability forced through the control API, or null to compute it from git. */
  public MergeableState mergeableOverride() {
    return mergeableOverride;
  }

  public void setMergeableOverride(MergeableState override) {
    this.mergeableOverride = override;
  }

  public List<Review> reviews() {
    return Collections.unmodifiableList(reviews);
  }

  public void addReview(Review review) {
    reviews.add(review);
  }

  public List<ReviewThread> reviewThreads() {
    return Collections.unmodifiableList(reviewThreads);
  }

  public void addReviewThread(ReviewThread thread) {
    reviewThreads.add(thread);
  }
}
