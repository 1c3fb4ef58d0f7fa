package dev.ao.operator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Activity;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.PullRequestSnapshot.CheckResult;
import dev.ao.operator.scm.PullRequestSnapshot.CiState;
import dev.ao.operator.scm.PullRequestSnapshot.Mergeable;
import dev.ao.operator.scm.PullRequestSnapshot.PrState;
import dev.ao.operator.scm.PullRequestSnapshot.ReviewDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the status cascade, in priority order, with the row it must outrank. */
class LifecyclePhaseTest {
  static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  static final RunnerObservation ACTIVE = RunnerObservation.of(Activity.Active, NOW.minusSeconds(5), null);
  static final RunnerObservation IDLE_LONG = RunnerObservation.of(Activity.Idle, NOW.minus(Duration.ofMinutes(30)), null);
  static final RunnerObservation IDLE_SHORT = RunnerObservation.of(Activity.Idle, NOW.minus(Duration.ofMinutes(2)), null);
  static final RunnerObservation WAITING = RunnerObservation.of(Activity.WaitingInput, NOW.minusSeconds(40), null);
  static final RunnerObservation EXITED_0 = RunnerObservation.of(Activity.Exited, NOW.minusSeconds(40), 0);
  static final RunnerObservation EXITED_1 = RunnerObservation.of(Activity.Exited, NOW.minusSeconds(40), 1);
  static final RunnerObservation GONE = RunnerObservation.unreachable("connection refused");

  static PullRequestSnapshot pr(PrState state, CiState ci, ReviewDecision review, Mergeable mergeable) {
    List<CheckResult> checks = ci == CiState.FAILING ? List.of(new CheckResult("build", "completed", "failure", "http://ci/1", true, "boom")) : List.of();
    return new PullRequestSnapshot(7, "http://gh/pr/7", "t", state, false, "feat/1", "abc", NOW, mergeable, "CLEAN", review, ci, checks, List.of());
  }

  static final PullRequestSnapshot OPEN_PENDING = pr(PrState.OPEN, CiState.PENDING, ReviewDecision.REVIEW_REQUIRED, Mergeable.MERGEABLE);

  static Stream<Arguments> rows() {
    return Stream.of(
        row("merged PR wins over an exited agent", EXITED_1, null, pr(PrState.MERGED, CiState.PASSING, ReviewDecision.APPROVED, Mergeable.UNKNOWN), false, SessionPhase.Merged),
        row("closed PR ends the Session", ACTIVE, null, pr(PrState.CLOSED, CiState.FAILING, ReviewDecision.NONE, Mergeable.UNKNOWN), false, SessionPhase.Done),
        row("completed issue ends the Session", ACTIVE, null, null, true, SessionPhase.Done),
        row("agent exited 0 -> Killed", EXITED_0, null, OPEN_PENDING, false, SessionPhase.Killed),
        row("agent exited 1 -> Errored", EXITED_1, null, OPEN_PENDING, false, SessionPhase.Errored),
        row("runner unreachable past grace -> Errored", GONE, NOW.minusSeconds(300), OPEN_PENDING, false, SessionPhase.Errored),
        row("runner unreachable within grace keeps PR phase", GONE, NOW.minusSeconds(10), pr(PrState.OPEN, CiState.FAILING, ReviewDecision.NONE, Mergeable.MERGEABLE), false, SessionPhase.CIFailed),
        row("waiting for input outranks CI failing", WAITING, null, pr(PrState.OPEN, CiState.FAILING, ReviewDecision.NONE, Mergeable.MERGEABLE), false, SessionPhase.NeedsInput),
        row("CI failing outranks changes requested", ACTIVE, null, pr(PrState.OPEN, CiState.FAILING, ReviewDecision.CHANGES_REQUESTED, Mergeable.MERGEABLE), false, SessionPhase.CIFailed),
        row("changes requested outranks mergeable", ACTIVE, null, pr(PrState.OPEN, CiState.PASSING, ReviewDecision.CHANGES_REQUESTED, Mergeable.MERGEABLE), false, SessionPhase.ChangesRequested),
        row("approved, green, mergeable -> Mergeable", ACTIVE, null, pr(PrState.OPEN, CiState.PASSING, ReviewDecision.APPROVED, Mergeable.MERGEABLE), false, SessionPhase.Mergeable),
        row("no review required, green, mergeable -> Mergeable", ACTIVE, null, pr(PrState.OPEN, CiState.PASSING, ReviewDecision.NONE, Mergeable.MERGEABLE), false, SessionPhase.Mergeable),
        row("approved but conflicting -> Approved", ACTIVE, null, pr(PrState.OPEN, CiState.PASSING, ReviewDecision.APPROVED, Mergeable.CONFLICTING), false, SessionPhase.Approved),
        row("approved with CI pending -> Approved", ACTIVE, null, pr(PrState.OPEN, CiState.PENDING, ReviewDecision.APPROVED, Mergeable.MERGEABLE), false, SessionPhase.Approved),
        row("green, review required -> ReviewPending", IDLE_LONG, null, pr(PrState.OPEN, CiState.PASSING, ReviewDecision.REVIEW_REQUIRED, Mergeable.MERGEABLE), false, SessionPhase.ReviewPending),
        row("open PR, CI pending, agent idle too long -> Stuck", IDLE_LONG, null, OPEN_PENDING, false, SessionPhase.Stuck),
        row("open PR, CI pending, agent busy -> PROpen", ACTIVE, null, OPEN_PENDING, false, SessionPhase.PROpen),
        row("no PR, idle too long -> Stuck", IDLE_LONG, null, null, false, SessionPhase.Stuck),
        row("no PR, idle briefly -> Working", IDLE_SHORT, null, null, false, SessionPhase.Working),
        row("no PR, active -> Working", ACTIVE, null, null, false, SessionPhase.Working),
        row("no runner report yet -> Working", null, null, null, false, SessionPhase.Working));
  }

  static Arguments row(String name, RunnerObservation runner, Instant unreachableSince, PullRequestSnapshot pr, boolean issueDone, SessionPhase expected) {
    return Arguments.of(name, runner, unreachableSince, pr, issueDone, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void should_follow_the_cascade(String name, RunnerObservation runner, Instant unreachableSince, PullRequestSnapshot pr, boolean issueDone, SessionPhase expected) {
    var decision = LifecyclePhase.decide(new LifecyclePhase.Inputs(SessionPhase.Working, runner, unreachableSince, pr, issueDone, NOW,
        Duration.ofMinutes(10), Duration.ofSeconds(120)));
    assertThat(decision.phase()).isEqualTo(expected);
    assertThat(decision.message()).isNotBlank();
  }
}
