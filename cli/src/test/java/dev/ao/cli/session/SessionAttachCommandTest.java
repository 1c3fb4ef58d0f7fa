package dev.ao.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionAttachCommandTest {
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
      st.pod = "web-1-agent";
    });
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_exec_ao_runner_attach_in_the_agent_container_of_the_sessions_pod() {
    ao.env("PATH", KubectlFake.install(ao.home(), 0).toString());

    Result r = ao.run("session", "attach", "web-1");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(
        "kubectl --context=test --namespace=team-a exec -it web-1-agent -c agent -- ao-runner attach\n");
    assertThat(r.err()).isEqualTo("to stderr\n");
  }

  @Test
  void should_pass_kubectls_exit_code_through() {
    ao.env("PATH", KubectlFake.install(ao.home(), 7).toString());

    assertThat(ao.run("session", "attach", "web-1").exitCode()).isEqualTo(7);
  }

  @Test
  void should_say_how_to_get_kubectl_when_it_is_not_on_path() throws Exception {
    ao.env("PATH", Files.createDirectories(ao.home().resolve("empty-bin")).toString());

    Result r = ao.run("session", "attach", "web-1");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("kubectl is not on PATH", "https://kubernetes.io/docs/tasks/tools/");
  }

  @Test
  void should_explain_when_the_session_has_no_pod_yet() {
    ao.env("PATH", KubectlFake.install(ao.home(), 0).toString());
    cluster.session("web-2", "webapp", "43");
    cluster.status("web-2", st -> {
      st.phase = SessionPhase.Queued;
      st.message = "waiting for a slot (2 of 2 running)";
    });

    Result r = ao.run("session", "attach", "web-2");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("Session web-2 has no agent pod yet (Queued: waiting for a slot (2 of 2 running))");
  }

  @Test
  void should_fail_with_not_found_for_an_unknown_session() {
    ao.env("PATH", KubectlFake.install(ao.home(), 0).toString());

    Result r = ao.run("session", "attach", "web-9");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("Did you mean web-1?");
  }
}
