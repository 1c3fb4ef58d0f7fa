package dev.ao.runner.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BranchPlanTest {
  static final String BRANCH = "feat/issue-42";

  @Test
  void local_work_wins_over_the_remote() {
    assertThat(BranchPlan.decide(BRANCH, true, true, true, BRANCH)).isEqualTo(BranchPlan.STAY);
    assertThat(BranchPlan.decide("main", true, true, true, BRANCH)).isEqualTo(BranchPlan.SWITCH_TO_LOCAL);
  }

  @Test
  void a_branch_only_on_the_remote_is_restored_from_it() {
    assertThat(BranchPlan.decide("main", false, true, true, BRANCH)).isEqualTo(BranchPlan.TRACK_REMOTE);
    assertThat(BranchPlan.decide("main", false, true, false, BRANCH)).isEqualTo(BranchPlan.TRACK_REMOTE);
  }

  @Test
  void a_new_branch_starts_from_the_base_which_must_exist() {
    assertThat(BranchPlan.decide("main", false, false, true, BRANCH)).isEqualTo(BranchPlan.CREATE_FROM_BASE);
    assertThat(BranchPlan.decide("main", false, false, false, BRANCH)).isEqualTo(BranchPlan.MISSING_BASE);
  }

  @Test
  void an_unborn_head_named_like_the_branch_is_not_local_work() {
    assertThat(BranchPlan.decide(BRANCH, false, false, true, BRANCH)).isEqualTo(BranchPlan.CREATE_FROM_BASE);
  }
}
