package dev.ao.operator.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectStatus;
import dev.ao.api.v1alpha1.project.ScmPollStatus;
import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.ReactionState;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the operator's status writes put on the wire. kube-apiserver 1.20 built with a newer Go (as the
 * real-API tier and the real node run it) answers 422 "status.conditions.message: Invalid value: "null":
 * ... must be of type string" to an empty string in a string field: a status must carry none.
 */
class StatusJsonTest {
  private static final KubernetesSerialization WIRE = new KubernetesSerialization();
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void should_leave_out_an_empty_condition_message_and_reason() {
    List<io.fabric8.kubernetes.api.model.Condition> conditions = new ArrayList<>();
    Conditions.set(conditions, "Ready", true, "Running", null, 3L, NOW);
    Conditions.set(conditions, "AgentRunning", false, "", "", 3L, NOW);

    String json = WIRE.asJson(conditions);

    assertThat(json).doesNotContain("\"\"").doesNotContain("message").doesNotContain("null");
    assertThat(json).contains("\"type\":\"Ready\"", "\"reason\":\"Running\"", "\"observedGeneration\":3");
  }

  @Test
  void should_write_no_empty_string_in_a_session_status() {
    Session session = new Session();
    session.setMetadata(new ObjectMetaBuilder().withName("webapp-1").withNamespace("team-a").build());
    SessionStatus s = new SessionStatus();
    s.phase = SessionPhase.Working;
    s.message = "";
    s.branch = "feat/42";
    s.issueTitle = "";
    s.pr = new PullRequestStatus();
    s.pr.url = "";
    s.pr.number = 7;
    ReactionState state = new ReactionState();
    state.episode = "";
    state.attempts = 0;
    s.reactions.put("ci-failed", state);
    Conditions.set(s.conditions, "Ready", true, "Running", null, 1L, NOW);
    session.setStatus(s);

    String json = WIRE.asJson(session);

    assertThat(json).doesNotContain("\"\"").doesNotContain(":null");
    assertThat(json).contains("\"branch\":\"feat/42\"", "\"number\":7", "\"attempts\":0");
  }

  @Test
  void should_write_no_empty_string_in_a_project_status() {
    Project project = new Project();
    project.setMetadata(new ObjectMetaBuilder().withName("webapp").withNamespace("team-a").build());
    ProjectStatus s = new ProjectStatus();
    s.phase = "Ready";
    s.message = "";
    s.sessions = 0;
    s.scm = new ScmPollStatus();
    s.scm.lastError = "";
    s.allCompleteNotified = "";
    Conditions.set(s.conditions, "Ready", true, "Validated", "", 1L, NOW);
    project.setStatus(s);

    String json = WIRE.asJson(project);

    assertThat(json).doesNotContain("\"\"").doesNotContain(":null");
    assertThat(json).contains("\"sessions\":0");
  }
}
