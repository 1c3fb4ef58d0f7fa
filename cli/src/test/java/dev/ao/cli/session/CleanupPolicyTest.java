package dev.ao.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;
import org.junit.jupiter.api.Test;

class CleanupPolicyTest {
  @Test
  void should_clean_up_merged_or_closed_prs_and_done_sessions_only() {
    assertThat(CleanupPolicy.reason(session(SessionPhase.Merged, "merged"))).contains("PR #5 merged");
    assertThat(CleanupPolicy.reason(session(SessionPhase.Working, "CLOSED"))).contains("PR #5 closed");
    assertThat(CleanupPolicy.reason(session(SessionPhase.Done, null))).contains("phase Done");
    assertThat(CleanupPolicy.reason(session(SessionPhase.Killed, "open"))).isEmpty();
    assertThat(CleanupPolicy.reason(session(SessionPhase.Errored, null))).isEmpty();
    assertThat(CleanupPolicy.reason(new Session())).isEmpty();
  }

  private static Session session(SessionPhase phase, String prState) {
    Session s = new Session();
    s.setStatus(new SessionStatus());
    s.getStatus().phase = phase;
    if (prState != null) {
      s.getStatus().pr = new PullRequestStatus();
      s.getStatus().pr.number = 5;
      s.getStatus().pr.state = prState;
    }
    return s;
  }
}
