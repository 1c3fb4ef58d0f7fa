package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.project.OrchestratorSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StartCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    Project p = cluster.project("webapp", "web");
    p.getSpec().orchestrator = new OrchestratorSpec();
    p.getSpec().orchestrator.rules = "Spawn at most three workers.";
    ao.client().resources(Project.class).inNamespace(CommandHarness.NAMESPACE).resource(p).update();
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_create_the_orchestrator_session_and_print_how_to_attach() {
    Result r = ao.run("start", "webapp");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    Session s = cluster.get("web-orchestrator");
    assertThat(s.getSpec().role).isEqualTo(SessionRole.ORCHESTRATOR);
    assertThat(s.getSpec().project).isEqualTo("webapp");
    assertThat(r.out()).contains(
        "session.agent-orchestrator.io/web-orchestrator created: the orchestrator of Project webapp, following its spec.orchestrator.rules",
        "attach: ao session attach web-orchestrator",
        "logs:   ao session logs web-orchestrator -f",
        "watch:  ao status -w -p webapp");
  }

  @Test
  void should_reuse_an_existing_orchestrator_and_pick_the_only_project() {
    assertThat(ao.run("start").exitCode()).isZero();
    cluster.phase("web-orchestrator", SessionPhase.Working);

    Result again = ao.run("start");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("web-orchestrator already exists (Working)");
    assertThat(ao.client().resources(Session.class).inNamespace(CommandHarness.NAMESPACE).list().getItems()).hasSize(1);
  }

  @Test
  void should_point_at_restore_when_the_orchestrator_was_killed() {
    ao.run("start", "webapp");
    cluster.phase("web-orchestrator", SessionPhase.Killed);

    Result r = ao.run("start", "webapp");

    assertThat(r.out()).contains("already exists (Killed)", "ao session restore web-orchestrator");
  }

  @Test
  void should_ask_which_project_when_there_are_several() {
    cluster.project("api", "api");

    Result r = ao.run("start");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("Several Projects in namespace team-a (context test) (api, webapp)");
  }

  @Test
  void should_fail_with_not_found_for_an_unknown_project() {
    Result r = ao.run("start", "web");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("No Project \"web\"", "existing Projects: webapp");
  }

  @Test
  void should_print_the_orchestrator_as_yaml() {
    Result r = ao.run("start", "webapp", "-o", "yaml");

    assertThat(r.out()).contains("kind: \"Session\"", "role: \"orchestrator\"");
  }
}
