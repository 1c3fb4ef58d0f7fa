package dev.ao.operator.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectStatusBuilderTest {
  private static Session withPhase(String name, SessionPhase phase) {
    Session s = Fixtures.issueSession(name, "p", "1");
    s.setStatus(new SessionStatus());
    s.getStatus().phase = phase;
    return s;
  }

  @Test
  void should_be_ready_and_count_sessions_by_phase() {
    Project p = Fixtures.project("p");
    ProjectStatus s = ProjectStatusBuilder.build(p, new ProjectStatusBuilder.Findings(List.of(), List.of(), List.of("claude-code"),
        List.of(withPhase("a", SessionPhase.Working), withPhase("b", SessionPhase.Working), withPhase("c", SessionPhase.Queued))), Instant.EPOCH);
    assertThat(s.phase).isEqualTo("Ready");
    assertThat(s.sessions).isEqualTo(3);
    assertThat(s.sessionsByPhase).containsEntry("Working", 2).containsEntry("Queued", 1);
  }

  @Test
  void should_keep_the_transition_time_when_nothing_changed() {
    Project p = Fixtures.project("p");
    var findings = new ProjectStatusBuilder.Findings(List.of("spec.repo.tokenSecret: missing"), List.of(), List.of(), List.of());
    p.setStatus(ProjectStatusBuilder.build(p, findings, Instant.parse("2026-01-01T00:00:00Z")));
    ProjectStatus again = ProjectStatusBuilder.build(p, findings, Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(again.conditions).filteredOn(c -> c.getType().equals("Ready")).singleElement()
        .satisfies(c -> assertThat(c.getLastTransitionTime()).isEqualTo("2026-01-01T00:00:00Z"));
    assertThat(again.phase).isEqualTo("NotReady");
    assertThat(again.message).contains("spec.repo.tokenSecret");
  }

  @Test
  void should_list_every_secret_a_project_references_with_its_field() {
    Project p = Fixtures.project("p");
    assertThat(SecretReferences.of(p.getSpec())).extracting(SecretReferences.Ref::field)
        .containsExactly("spec.repo.tokenSecret", "spec.agent.env[0].secretKeyRef");
  }
}
