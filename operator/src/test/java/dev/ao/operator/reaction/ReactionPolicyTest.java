package dev.ao.operator.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.project.Priority;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import dev.ao.api.v1alpha1.session.ReactionState;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.PullRequestSnapshot.CheckResult;
import dev.ao.operator.scm.PullRequestSnapshot.CiState;
import dev.ao.operator.scm.PullRequestSnapshot.Mergeable;
import dev.ao.operator.scm.PullRequestSnapshot.PrState;
import dev.ao.operator.scm.PullRequestSnapshot.ReviewDecision;
import dev.ao.operator.scm.PullRequestSnapshot.ReviewThreadInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReactionPolicyTest {
  static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

  static PullRequestSnapshot pr(String sha, CiState ci, ReviewDecision review, Mergeable m, List<ReviewThreadInfo> threads, List<CheckResult> checks) {
    return new PullRequestSnapshot(7, "https://gh/acme/webapp/pull/7", "t", PrState.OPEN, false, "feat/1", sha, T0, m, "CLEAN", review, ci, checks, threads);
  }

  static final List<CheckResult> RED = List.of(new CheckResult("build", "completed", "failure", "https://ci/build/1", true, "error: expected ';'"));
  static final List<CheckResult> GREEN = List.of(new CheckResult("build", "completed", "success", "https://ci/build/2", true, null));

  static ReactionPolicy.Plan run(SessionPhase phase, String reason, PullRequestSnapshot pr, Map<String, ReactionSpec> config, Map<String, ReactionState> states, Instant now) {
    var triggers = ReactionTriggers.evaluate(new ReactionTriggers.Observation(phase, reason, "2026-11-24T11:00:00Z", pr));
    return ReactionPolicy.plan("webapp-1", triggers, config, states, pr, now);
  }

  static void succeed(ReactionPolicy.Plan plan) {
    plan.states().values().forEach(s -> { if (Boolean.TRUE.equals(s.pending)) ReactionPolicy.recordOutcome(s, true, null); });
  }

  @Test
  void ci_failed_sends_the_failing_checks_to_the_agent_once_per_commit() {
    var plan = run(SessionPhase.CIFailed, "CIFailing", pr("sha1", CiState.FAILING, ReviewDecision.NONE, Mergeable.MERGEABLE, List.of(), RED), null, Map.of(), T0);
    assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(ReactionAction.SendToAgent.class, a -> {
      assertThat(a.text()).startsWith("CI is failing on your PR").contains("- build (failure): https://ci/build/1").contains("error: expected ';'");
      assertThat(a.messageId()).startsWith("rx-ci-failed-");
    });
    succeed(plan);
    var again = run(SessionPhase.CIFailed, "CIFailing", pr("sha1", CiState.FAILING, ReviewDecision.NONE, Mergeable.MERGEABLE, List.of(), RED), null, new HashMap<>(plan.states()), T0.plusSeconds(30));
    assertThat(again.actions()).as("same commit, already delivered: nothing to do (e.g. after an operator restart)").isEmpty();
    var nextCommit = run(SessionPhase.CIFailed, "CIFailing", pr("sha2", CiState.FAILING, ReviewDecision.NONE, Mergeable.MERGEABLE, List.of(), RED), null, new HashMap<>(again.states()), T0.plusSeconds(60));
    assertThat(nextCommit.actions()).singleElement().isInstanceOf(ReactionAction.SendToAgent.class);
    assertThat(nextCommit.states().get("ci-failed").attempts).isEqualTo(2);
  }

  @Test
  void ci_failed_escalates_by_count_across_commits_and_resets_when_ci_passes() {
    Map<String, ReactionState> states = new HashMap<>();
    List<ReactionAction> all = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      var plan = run(SessionPhase.CIFailed, "CIFailing", pr("sha" + i, CiState.FAILING, ReviewDecision.NONE, Mergeable.MERGEABLE, List.of(), RED), null, states, T0.plusSeconds(i * 60L));
      succeed(plan);
      all.addAll(plan.actions());
      states = new HashMap<>(plan.states());
      // a pending CI in between does not end the streak
      states = new HashMap<>(run(SessionPhase.PROpen, "PROpen", pr("sha" + i + "b", CiState.PENDING, ReviewDecision.NONE, Mergeable.MERGEABLE, List.of(), List.of()), null, states, T0.plusSeconds(i * 60L + 30)).states());
    }
    assertThat(all).filteredOn(a -> a instanceof ReactionAction.Notify n && n.escalation()).singleElement()
        .satisfies(a -> assertThat(((ReactionAction.Notify) a).text()).contains("after 3 attempts"));
    var green = run(SessionPhase.ReviewPending, "ReviewPending", pr("sha9", CiState.PASSING, ReviewDecision.REVIEW_REQUIRED, Mergeable.MERGEABLE, List.of(), GREEN), null, states, T0.plusSeconds(600));
    assertThat(green.states()).doesNotContainKey("ci-failed");
  }

  @Test
  void a_failed_delivery_is_retried_next_cycle_and_escalates_once_retries_are_spent() {
    var failing = pr("sha1", CiState.FAILING, ReviewDecision.NONE, Mergeable.MERGEABLE, List.of(), RED);
    Map<String, ReactionState> states = new HashMap<>();
    List<ReactionAction> sends = new java.util.ArrayList<>();
    List<ReactionAction> escalations = new java.util.ArrayList<>();
    for (int cycle = 0; cycle < 5; cycle++) {
      var plan = run(SessionPhase.CIFailed, "CIFailing", failing, null, states, T0.plusSeconds(cycle * 30L));
      for (ReactionAction a : plan.actions()) {
        if (a instanceof ReactionAction.SendToAgent) {
          sends.add(a);
          ReactionPolicy.recordOutcome(plan.states().get("ci-failed"), false, "runner unreachable");
        } else if (a instanceof ReactionAction.Notify n && n.escalation()) {
          escalations.add(a);
        }
      }
      states = new HashMap<>(plan.states());
    }
    assertThat(sends).hasSize(3).extracting(a -> ((ReactionAction.SendToAgent) a).messageId()).containsOnly(((ReactionAction.SendToAgent) sends.get(0)).messageId());
    assertThat(escalations).singleElement().satisfies(a -> assertThat(((ReactionAction.Notify) a).text()).contains("delivery failed 3 times: runner unreachable"));
  }

  @Test
  void changes_requested_sends_formatted_threads_and_escalates_after_30_minutes() {
    var threads = List.of(new ReviewThreadInfo("T1", "src/app.ts", 12, "alice", false, "Use a constant here.", "https://gh/c/1"));
    var p = pr("sha1", CiState.PASSING, ReviewDecision.CHANGES_REQUESTED, Mergeable.MERGEABLE, threads, GREEN);
    var plan = run(SessionPhase.ChangesRequested, "ChangesRequested", p, null, Map.of(), T0);
    assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(ReactionAction.SendToAgent.class,
        a -> assertThat(a.text()).contains("- src/app.ts:12 @alice: Use a constant here.").contains("https://gh/c/1"));
    succeed(plan);
    assertThat(run(SessionPhase.ChangesRequested, "ChangesRequested", p, null, new HashMap<>(plan.states()), T0.plus(Duration.ofMinutes(20))).actions()).isEmpty();
    var late = run(SessionPhase.ChangesRequested, "ChangesRequested", p, null, new HashMap<>(plan.states()), T0.plus(Duration.ofMinutes(31)));
    assertThat(late.actions()).singleElement().isInstanceOfSatisfying(ReactionAction.Notify.class, n -> {
      assertThat(n.escalation()).isTrue();
      assertThat(n.priority()).isEqualTo(Priority.URGENT);
    });
  }

  @Test
  void changes_requested_is_sent_once_when_the_review_decision_arrives_a_poll_after_its_threads() {
    var threads = List.of(new ReviewThreadInfo("T1", "README.md", 1, "alice", false, "Mention this in the README.", "https://gh/c/1"));
    var commentedOnly = pr("sha1", CiState.PASSING, ReviewDecision.REVIEW_REQUIRED, Mergeable.MERGEABLE, threads, GREEN);
    var plan = run(SessionPhase.ChangesRequested, "ChangesRequested", commentedOnly, null, Map.of(), T0);
    assertThat(plan.actions()).singleElement().isInstanceOf(ReactionAction.SendToAgent.class);
    succeed(plan);
    var decided = pr("sha1", CiState.PASSING, ReviewDecision.CHANGES_REQUESTED, Mergeable.MERGEABLE, threads, GREEN);
    assertThat(run(SessionPhase.ChangesRequested, "ChangesRequested", decided, null, new HashMap<>(plan.states()), T0.plusSeconds(2)).actions())
        .as("the same threads, now with the decision: already told").isEmpty();
    var resolvedNotYetApproved = pr("sha2", CiState.PASSING, ReviewDecision.CHANGES_REQUESTED, Mergeable.MERGEABLE, List.of(), GREEN);
    assertThat(run(SessionPhase.ChangesRequested, "ChangesRequested", resolvedNotYetApproved, null, new HashMap<>(plan.states()), T0.plusSeconds(60)).actions())
        .as("threads resolved, approval not in yet: nothing new for the agent").isEmpty();
  }

  @Test
  void a_request_for_changes_without_threads_is_sent_when_nothing_else_runs() {
    var decisionOnly = pr("sha1", CiState.PASSING, ReviewDecision.CHANGES_REQUESTED, Mergeable.MERGEABLE, List.of(), GREEN);
    assertThat(run(SessionPhase.ChangesRequested, "ChangesRequested", decisionOnly, null, Map.of(), T0).actions())
        .singleElement().isInstanceOf(ReactionAction.SendToAgent.class);
  }

  @Test
  void bot_threads_go_to_bugbot_comments_and_conflicts_ask_for_a_rebase() {
    var bot = List.of(new ReviewThreadInfo("B1", "a.go", 3, "cursor-bot", true, "Possible nil dereference", "https://gh/c/9"));
    var plan = run(SessionPhase.PROpen, "PROpen", pr("sha1", CiState.PENDING, ReviewDecision.REVIEW_REQUIRED, Mergeable.CONFLICTING, bot, List.of()), null, Map.of(), T0);
    assertThat(plan.actions()).extracting(ReactionAction::key).containsExactlyInAnyOrder("bugbot-comments", "merge-conflicts");
    assertThat(plan.actions()).filteredOn(a -> a.key().equals("merge-conflicts")).singleElement()
        .satisfies(a -> assertThat(((ReactionAction.SendToAgent) a).text()).contains("Rebase on the base branch"));
  }

  @Test
  void approved_and_green_notifies_by_default_and_merges_when_configured() {
    var green = pr("sha1", CiState.PASSING, ReviewDecision.APPROVED, Mergeable.MERGEABLE, List.of(), GREEN);
    assertThat(run(SessionPhase.Mergeable, "Mergeable", green, null, Map.of(), T0).actions()).singleElement()
        .isInstanceOfSatisfying(ReactionAction.Notify.class, n -> assertThat(n.priority()).isEqualTo(Priority.ACTION));
    ReactionSpec autoMerge = new ReactionSpec();
    autoMerge.action = ReactionSpec.Action.AUTO_MERGE;
    var plan = run(SessionPhase.Mergeable, "Mergeable", green, Map.of("approved-and-green", autoMerge), Map.of(), T0);
    assertThat(plan.actions()).first().isInstanceOfSatisfying(ReactionAction.Merge.class, m -> {
      assertThat(m.number()).isEqualTo(7);
      assertThat(m.headSha()).isEqualTo("sha1");
    });
  }

  @Test
  void auto_merge_never_merges_while_a_required_check_is_pending() {
    var pending = List.of(new CheckResult("e2e", "in_progress", null, "https://ci/e2e", true, null));
    var p = pr("sha1", CiState.PASSING, ReviewDecision.APPROVED, Mergeable.MERGEABLE, List.of(), pending);
    assertThat(ReactionPolicy.mergeAllowed(p)).isFalse();
    assertThat(ReactionPolicy.mergeAllowed(pr("sha1", CiState.PASSING, ReviewDecision.REVIEW_REQUIRED, Mergeable.MERGEABLE, List.of(), GREEN))).isFalse();
    assertThat(ReactionPolicy.mergeAllowed(pr("sha1", CiState.PASSING, ReviewDecision.APPROVED, Mergeable.MERGEABLE, List.of(), GREEN))).isTrue();
  }

  @Test
  void a_partial_override_keeps_the_default_action_and_message() {
    ReactionSpec retriesOnly = new ReactionSpec();
    retriesOnly.retries = 5;
    EffectiveReaction e = ReactionDefaults.effective("ci-failed", Map.of("ci-failed", retriesOnly));
    assertThat(e.action()).isEqualTo(ReactionSpec.Action.SEND_TO_AGENT);
    assertThat(e.message()).startsWith("CI is failing");
    assertThat(e.retries()).isEqualTo(5);
    assertThat(e.escalateAfterAttempts()).isEqualTo(2);
  }

  @Test
  void a_disabled_send_to_agent_tells_a_person_instead_of_vanishing() {
    ReactionSpec off = new ReactionSpec();
    off.enabled = false;
    var plan = run(SessionPhase.CIFailed, "CIFailing", pr("sha1", CiState.FAILING, ReviewDecision.NONE, Mergeable.MERGEABLE, List.of(), RED),
        Map.of("ci-failed", off), Map.of(), T0);
    assertThat(plan.actions()).singleElement().isInstanceOfSatisfying(ReactionAction.Notify.class, n -> assertThat(n.text()).contains("build"));
  }

  @Test
  void agent_states_and_pr_closed_notify_people() {
    assertThat(run(SessionPhase.Stuck, "Idle", null, null, Map.of(), T0).actions()).extracting(ReactionAction::key).containsExactly("agent-stuck");
    assertThat(run(SessionPhase.NeedsInput, "WaitingInput", null, null, Map.of(), T0).actions()).extracting(ReactionAction::key).containsExactly("agent-needs-input");
    assertThat(run(SessionPhase.Killed, "AgentExited", null, null, Map.of(), T0).actions()).extracting(ReactionAction::key).containsExactly("agent-exited");
    var closed = new PullRequestSnapshot(7, "u", "t", PrState.CLOSED, false, "b", "s", T0, Mergeable.UNKNOWN, "", ReviewDecision.NONE, CiState.NONE, List.of(), List.of());
    assertThat(run(SessionPhase.Done, "PRClosed", closed, null, Map.of(), T0).actions()).extracting(ReactionAction::key).containsExactly("pr-closed");
  }
}
