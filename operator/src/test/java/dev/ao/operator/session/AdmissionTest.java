package dev.ao.operator.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdmissionTest {
  private static Session session(String name, String created, SessionPhase phase) {
    Session s = Fixtures.issueSession(name, "p", "1");
    s.getMetadata().setCreationTimestamp(created);
    if (phase != null) {
      s.setStatus(new SessionStatus());
      s.getStatus().phase = phase;
    }
    return s;
  }

  @Test
  void should_admit_everyone_without_a_limit() {
    Session me = session("a", "2026-01-01T00:00:05Z", null);
    assertThat(Admission.decide(me, List.of(me, session("b", "2026-01-01T00:00:00Z", SessionPhase.Working)), null).admitted()).isTrue();
  }

  @Test
  void should_queue_when_running_sessions_fill_the_limit() {
    Session me = session("c", "2026-01-01T00:00:09Z", null);
    List<Session> all = List.of(session("a", "2026-01-01T00:00:00Z", SessionPhase.Working),
        session("b", "2026-01-01T00:00:01Z", SessionPhase.CIFailed), me);
    Admission.Decision d = Admission.decide(me, all, 2);
    assertThat(d.admitted()).isFalse();
    assertThat(d.queuePosition()).isEqualTo(1);
    assertThat(d.running()).isEqualTo(2);
  }

  @Test
  void should_not_count_finished_or_errored_sessions_against_the_limit() {
    Session me = session("c", "2026-01-01T00:00:09Z", SessionPhase.Queued);
    List<Session> all = List.of(session("a", "2026-01-01T00:00:00Z", SessionPhase.Done),
        session("b", "2026-01-01T00:00:01Z", SessionPhase.Errored), session("k", "2026-01-01T00:00:02Z", SessionPhase.Killed), me);
    assertThat(Admission.decide(me, all, 1).admitted()).isTrue();
  }

  @Test
  void should_admit_waiting_sessions_first_come_first_served() {
    Session first = session("z-first", "2026-01-01T00:00:01Z", SessionPhase.Queued);
    Session second = session("a-second", "2026-01-01T00:00:02Z", SessionPhase.Queued);
    List<Session> all = List.of(session("run", "2026-01-01T00:00:00Z", SessionPhase.Working), second, first);
    assertThat(Admission.decide(first, all, 2).admitted()).isTrue();
    Admission.Decision d = Admission.decide(second, all, 2);
    assertThat(d.admitted()).isFalse();
    assertThat(d.queuePosition()).isEqualTo(2);
  }

  @Test
  void should_let_a_running_session_keep_its_slot_when_the_limit_shrinks() {
    Session me = session("a", "2026-01-01T00:00:00Z", SessionPhase.Working);
    List<Session> all = List.of(me, session("b", "2026-01-01T00:00:01Z", SessionPhase.Working));
    assertThat(Admission.decide(me, all, 1).admitted()).isTrue();
  }
}
