package dev.ao.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionListCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
    cluster.session("web-1", "webapp", "42");
    cluster.status("web-1", st -> {
      st.phase = SessionPhase.Working;
      st.branch = "feat/42-login";
      st.pod = "web-1-agent";
    });
    cluster.session("web-2", "webapp", "43");
    cluster.phase("web-2", SessionPhase.Done);
    cluster.session("web-orchestrator", "webapp", null, SessionRole.ORCHESTRATOR);
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_list_active_workers_by_default() {
    Result r = ao.run("session", "ls");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).matches("NAME\\s+PROJECT\\s+ROLE\\s+ISSUE\\s+PHASE\\s+BRANCH\\s+AGE");
    assertThat(lines[1]).matches("web-1\\s+webapp\\s+worker\\s+42\\s+Working\\s+feat/42-login\\s+\\d+s");
    assertThat(lines).hasSize(2);
  }

  @Test
  void should_include_orchestrators_and_terminated_sessions_on_request() {
    Result r = ao.run("session", "ls", "-a", "--include-terminated", "-o", "name");

    assertThat(r.out()).isEqualTo("""
        session.agent-orchestrator.io/web-1
        session.agent-orchestrator.io/web-2
        session.agent-orchestrator.io/web-orchestrator
        """);
  }

  @Test
  void should_show_pod_and_workspace_when_wide_and_objects_as_json() {
    assertThat(ao.run("session", "ls", "-o", "wide").out()).contains("POD", "WORKSPACE", "web-1-agent");
    assertThat(ao.run("session", "list", "-o", "json").out()).contains("\"kind\" : \"List\"", "\"name\" : \"web-1\"")
        .doesNotContain("web-2");
  }

  @Test
  void should_say_so_when_nothing_matches() {
    Result r = ao.run("session", "ls", "-p", "api");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("No active Sessions in namespace team-a (context test) for Project api");
  }
}
