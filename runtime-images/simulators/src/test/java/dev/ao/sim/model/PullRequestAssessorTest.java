package dev.ao.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GitHub's readiness rules, with git answers faked. */
class PullRequestAssessorTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Actor AUTHOR = new Actor(1, "agent", false);
  private static final Actor ALICE = new Actor(2, "alice", false);
  private static final Actor BOB = new Actor(3, "bob", false);
  private static final Actor CI = new Actor(4, "ci", true);

  private final FakeGit git = new FakeGit();
  private Repo repo;
  private PullRequest pr;

  @BeforeEach
  void setUp() {
    repo = new Repo(10, "R_1", AUTHOR, "webapp", "main", false);
    pr = new PullRequest(repo, 1, 11, "PR_1", AUTHOR, "Title", "", "feat", "main", "head1", false, NOW);
    repo.addPull(pr);
  }

  @Test
  void review_decision_is_null_when_reviews_are_not_required() {
    pr.addReview(review(ALICE, ReviewState.APPROVED));
    assertThat(assess().reviewDecision()).isNull();
    assertThat(assess().mergeStateStatus()).isEqualTo(MergeStateStatus.CLEAN);
  }

  @Test
  void latest_review_per_reviewer_decides_and_comments_do_not_override() {
    repo.protect("main", new BranchProtection(List.of(), 2, false));
    assertThat(assess().reviewDecision()).isEqualTo(ReviewDecision.REVIEW_REQUIRED);
    pr.addReview(review(ALICE, ReviewState.CHANGES_REQUESTED));
    pr.addReview(review(ALICE, ReviewState.COMMENTED));
    assertThat(assess().reviewDecision()).isEqualTo(ReviewDecision.CHANGES_REQUESTED);
    pr.addReview(review(ALICE, ReviewState.APPROVED));
    assertThat(assess().reviewDecision()).isEqualTo(ReviewDecision.REVIEW_REQUIRED);
    pr.addReview(review(BOB, ReviewState.APPROVED));
    assertThat(assess().reviewDecision()).isEqualTo(ReviewDecision.APPROVED);
    assertThat(assess().mergeBlockers()).isEmpty();
  }

  @Test
  void required_checks_block_until_green_and_other_red_checks_make_it_unstable() {
    repo.protect("main", new BranchProtection(List.of("build"), 0, false));
    assertThat(assess().mergeStateStatus()).isEqualTo(MergeStateStatus.BLOCKED);
    assertThat(assess().mergeBlockers()).containsExactly("Required status check \"build\" is expected.");

    CheckRun build = check("build", CheckConclusion.FAILURE);
    assertThat(assess().mergeBlockers()).containsExactly("Required status check \"build\" is failing.");
    build.setProgress(null, CheckConclusion.SUCCESS, NOW);
    assertThat(assess().mergeStateStatus()).isEqualTo(MergeStateStatus.CLEAN);

    check("lint", CheckConclusion.FAILURE);
    assertThat(assess().mergeStateStatus()).isEqualTo(MergeStateStatus.UNSTABLE);
    assertThat(assess().mergeBlockers()).isEmpty();
  }

  @Test
  void draft_conflict_and_behind_take_precedence_in_githubs_order() {
    repo.protect("main", new BranchProtection(List.of(), 0, true));
    git.behind = true;
    assertThat(assess().mergeStateStatus()).isEqualTo(MergeStateStatus.BEHIND);
    git.mergeable = MergeableState.CONFLICTING;
    assertThat(assess().mergeStateStatus()).isEqualTo(MergeStateStatus.DIRTY);
    pr.setDraft(true);
    assertThat(assess().mergeStateStatus()).isEqualTo(MergeStateStatus.DRAFT);
    pr.setDraft(false);
    pr.setMergeableOverride(MergeableState.UNKNOWN);
    assertThat(assess().mergeStateStatus()).isEqualTo(MergeStateStatus.UNKNOWN);
  }

  private PullRequestAssessment assess() {
    return new PullRequestAssessor(git).assess(pr);
  }

  private Review review(Actor by, ReviewState state) {
    return new Review(pr.reviews().size() + 100, "PRR", pr, by, state, "", NOW, pr.headRefOid());
  }

  private CheckRun check(String name, CheckConclusion conclusion) {
    CheckRun run = new CheckRun(repo.checkRunsFor("head1").size() + 200, "CR", repo, name, "head1", CI);
    run.setProgress(null, conclusion, NOW);
    repo.addCheckRun(run);
    return run;
  }

  private static final class FakeGit implements GitFacts {
    MergeableState mergeable = MergeableState.MERGEABLE;
    boolean behind;

    @Override
    public String branchTip(Repo repo, String branch) {
      return "base1";
    }

    @Override
    public MergeableState mergeability(Repo repo, String baseSha, String headSha) {
      return mergeable;
    }

    @Override
    public boolean isBehind(Repo repo, String baseSha, String headSha) {
      return behind;
    }

    @Override
    public List<String> commitsBetween(Repo repo, String baseSha, String headSha) {
      return List.of(headSha);
    }
  }
}
