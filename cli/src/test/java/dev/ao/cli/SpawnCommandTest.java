package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpawnCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_create_a_worker_session_named_after_the_prefix_with_the_next_free_number() {
    cluster.session("web-1", "webapp", "1");
    cluster.session("web-3", "webapp", "3");

    Result r = ao.run("spawn", "webapp", "42", "--agent", "codex", "--branch", "feat/login", "--prompt", "keep it small");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("session.agent-orchestrator.io/web-4 created in namespace team-a (context test) (project webapp, issue 42)")
        .contains("ao session attach web-4", "ao status -w -p webapp");
    Session s = cluster.get("web-4");
    assertThat(s.getSpec().project).isEqualTo("webapp");
    assertThat(s.getSpec().role).isEqualTo(SessionRole.WORKER);
    assertThat(s.getSpec().issue).isEqualTo("42");
    assertThat(s.getSpec().prompt).isEqualTo("keep it small");
    assertThat(s.getSpec().branch).isEqualTo("feat/login");
    assertThat(s.getSpec().agent.profile).isEqualTo("codex");
    assertThat(s.getMetadata().getLabels()).containsEntry("agent-orchestrator.io/project", "webapp");
  }

  @Test
  void should_use_the_project_name_when_there_is_no_session_prefix() {
    Project p = cluster.getProject("webapp");
    p.getSpec().sessionPrefix = null;
    ao.client().resources(Project.class).inNamespace(CommandHarness.NAMESPACE).resource(p).update();

    Result r = ao.run("spawn", "webapp", "--prompt", "tidy the README", "-o", "name");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("session.agent-orchestrator.io/webapp-1\n");
  }

  @Test
  void should_print_the_created_session_as_json() {
    Result r = ao.run("spawn", "webapp", "ENG-100", "-o", "json");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"kind\" : \"Session\"", "\"name\" : \"web-1\"", "\"issue\" : \"ENG-100\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "#42", "ENG-100", "https://github.com/acme/webapp/issues/42"})
  void should_accept_every_issue_form(String issue) {
    Result r = ao.run("spawn", "webapp", issue);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(cluster.get("web-1").getSpec().issue).isEqualTo(issue);
  }

  @Test
  void should_refuse_an_invalid_issue_form_with_the_operators_message_and_create_nothing() {
    Result r = ao.run("spawn", "webapp", "issue 42");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("error: Session web-1 is invalid; nothing was created:",
        "spec.issue: Invalid value \"issue 42\": use 42, #42, ENG-100 or the issue URL");
    assertThat(sessions()).isEmpty();
  }

  @Test
  void should_refuse_a_worker_without_issue_or_prompt() {
    Result r = ao.run("spawn", "webapp");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("spec: Invalid value: a worker Session needs spec.issue or spec.prompt");
    assertThat(sessions()).isEmpty();
  }

  @Test
  void should_refuse_an_invalid_branch() {
    Result r = ao.run("spawn", "webapp", "42", "--branch", "feat/../x");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("spec.branch: Invalid value \"feat/../x\": must be a valid git branch name");
  }

  @Test
  void should_refuse_a_second_active_session_on_the_same_issue_in_any_form_unless_forced() {
    cluster.session("web-1", "webapp", "42");
    cluster.phase("web-1", SessionPhase.Working);

    Result dup = ao.run("spawn", "webapp", "https://github.com/acme/webapp/issues/42");
    assertThat(dup.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(dup.err()).contains("already has an active Session: web-1 (Working)", "--force", "ao session kill web-1");
    assertThat(sessions()).hasSize(1);

    Result forced = ao.run("spawn", "webapp", "#42", "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(sessions()).hasSize(2);
  }

  @Test
  void should_allow_a_new_session_when_the_previous_one_on_the_issue_has_ended() {
    cluster.session("web-1", "webapp", "42");
    cluster.phase("web-1", SessionPhase.Killed);

    Result r = ao.run("spawn", "webapp", "42");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(cluster.get("web-2")).isNotNull();
  }

  @Test
  void should_list_the_existing_projects_when_the_project_is_unknown() {
    cluster.project("api", "api");

    Result r = ao.run("spawn", "webap", "42");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("No Project \"webap\" in namespace team-a", "existing Projects: api, webapp", "ao init");
  }

  @Test
  void should_refuse_an_agent_profile_the_project_does_not_offer() {
    Project p = cluster.getProject("webapp");
    p.setStatus(new ProjectStatus());
    p.getStatus().agentProfiles = List.of("claude-code", "codex");
    ao.client().resources(Project.class).inNamespace(CommandHarness.NAMESPACE).resource(p).updateStatus();

    Result r = ao.run("spawn", "webapp", "42", "--agent", "gemini");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("no agent profile \"gemini\"; available: claude-code, codex");
    assertThat(sessions()).isEmpty();
  }

  private List<Session> sessions() {
    return ao.client().resources(Session.class).inNamespace(CommandHarness.NAMESPACE).list().getItems();
  }
}
