package dev.ao.operator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.DeliveredMessage;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.scm.RateBudget;
import dev.ao.operator.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a Prometheus scrape shows after the operator's hooks fire. */
class OperatorMetricsTest {
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private final OperatorMetrics metrics = new OperatorMetrics(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void should_expose_zero_valued_series_before_anything_happened_so_rates_and_alerts_work_from_the_start() {
    String text = metrics.scrape();

    assertThat(text)
        .contains("ao_github_requests_total{api=\"rest\",result=\"304\"} 0.0")
        .contains("ao_reactions_total{key=\"ci-failed\",outcome=\"failed\"} 0.0")
        .contains("ao_notifications_total{notifier=\"slack\",result=\"failure\"} 0.0")
        .contains("ao_messages_delivered_total 0.0")
        .contains("ao_session_time_to_first_pr_seconds_count 0")
        .contains("ao_session_pr_to_merge_seconds_count 0")
        .contains("ao_operator_leader 1.0");
  }

  @Test
  void should_count_github_requests_by_api_and_result() {
    metrics.github().count("graphql_200");
    metrics.github().count("rest_304");
    metrics.github().count("rest_304");
    metrics.github().count("rest_rate_limited");

    assertThat(metrics.scrape())
        .contains("ao_github_requests_total{api=\"graphql\",result=\"200\"} 1.0")
        .contains("ao_github_requests_total{api=\"rest\",result=\"304\"} 2.0")
        .contains("ao_github_requests_total{api=\"rest\",result=\"rate_limited\"} 1.0");
  }

  @Test
  void should_report_each_rate_limit_budget_as_last_seen() {
    metrics.github().budgetsFrom(() -> List.of(new RateBudget("graphql", 5000, 420, NOW), new RateBudget("core", 5000, 4999, NOW)));

    assertThat(metrics.scrape())
        .contains("ao_github_rate_limit_remaining{budget=\"graphql\"} 420.0")
        .contains("ao_github_rate_limit_limit{budget=\"core\"} 5000.0");
  }

  @Test
  void should_count_sessions_by_namespace_project_and_phase_on_the_leader_only() {
    metrics.sessions().countFrom(() -> Stream.of(
        session("webapp-1", SessionPhase.Working), session("webapp-2", SessionPhase.Working), session("webapp-3", SessionPhase.Stuck)));

    assertThat(metrics.scrape())
        .contains("ao_sessions{namespace=\"team-a\",phase=\"Working\",project=\"webapp\"} 2.0")
        .contains("ao_sessions{namespace=\"team-a\",phase=\"Stuck\",project=\"webapp\"} 1.0")
        .doesNotContain("webapp-1");

    metrics.leadership().standby();
    assertThat(metrics.scrape()).doesNotContain("ao_sessions{").contains("ao_operator_leader 0.0");
  }

  @Test
  void should_record_a_spawn_and_the_first_transition_once() {
    Session before = session("webapp-1", null);
    SessionStatus after = status(SessionPhase.Spawning);
    after.startedAt = "2026-11-24T11:00:00Z";

    metrics.sessions().statusWritten(before, after);
    before.setStatus(after);
    metrics.sessions().statusWritten(before, copy(after));

    assertThat(metrics.scrape())
        .contains("ao_session_phase_transitions_total{from=\"None\",to=\"Spawning\"} 1.0")
        .contains("ao_sessions_spawned_total{namespace=\"team-a\",project=\"webapp\"} 1.0");
  }

  @Test
  void should_time_spawn_to_first_pr_and_first_pr_to_merge() {
    Session working = session("webapp-1", SessionPhase.Working);
    working.getStatus().startedAt = "2026-11-24T10:00:00Z";
    SessionStatus prOpen = copy(working.getStatus());
    prOpen.phase = SessionPhase.PROpen;
    prOpen.firstPrSeenAt = "2026-11-24T10:30:00Z";

    metrics.sessions().statusWritten(working, prOpen);
    working.setStatus(prOpen);
    SessionStatus merged = copy(prOpen);
    merged.phase = SessionPhase.Merged;
    metrics.sessions().statusWritten(working, merged);

    String text = metrics.scrape();
    // 30 minutes to the first PR; 90 minutes (10:30 → 12:00, the clock) from PR to merge.
    assertThat(text)
        .contains("ao_session_time_to_first_pr_seconds_sum 1800.0")
        .contains("ao_session_time_to_first_pr_seconds_count 1")
        .contains("ao_session_pr_to_merge_seconds_sum 5400.0")
        .contains("ao_session_phase_transitions_total{from=\"PROpen\",to=\"Merged\"} 1.0");
  }

  @Test
  void should_count_each_delivered_message_id_once() {
    Session before = session("webapp-1", SessionPhase.Working);
    before.getStatus().deliveredMessages = List.of(new DeliveredMessage("m1", "t"));
    SessionStatus after = copy(before.getStatus());
    after.deliveredMessages = List.of(new DeliveredMessage("m1", "t"), new DeliveredMessage("m2", "t"), new DeliveredMessage("ci-failed-abc", "t"));

    metrics.sessions().statusWritten(before, after);

    assertThat(metrics.scrape()).contains("ao_messages_delivered_total 2.0");
  }

  @Test
  void should_count_reactions_and_notifier_outcomes() {
    metrics.reactions().accept("ci-failed", "sent");
    metrics.reactions().accept("ci-failed", "escalated");
    metrics.notifications().accept("webhook", false);

    assertThat(metrics.scrape())
        .contains("ao_reactions_total{key=\"ci-failed\",outcome=\"sent\"} 1.0")
        .contains("ao_reactions_total{key=\"ci-failed\",outcome=\"escalated\"} 1.0")
        .contains("ao_notifications_total{notifier=\"webhook\",result=\"failure\"} 1.0");
  }

  private static Session session(String name, SessionPhase phase) {
    Session s = Fixtures.issueSession(name, "webapp", "42");
    s.setStatus(phase == null ? null : status(phase));
    return s;
  }

  private static SessionStatus status(SessionPhase phase) {
    SessionStatus st = new SessionStatus();
    st.phase = phase;
    return st;
  }

  private static SessionStatus copy(SessionStatus s) {
    return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(s, SessionStatus.class);
  }
}
