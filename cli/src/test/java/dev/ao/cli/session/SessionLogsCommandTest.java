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

class SessionLogsCommandTest {
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
  void should_run_kubectl_logs_on_the_agent_container() {
    ao.env("PATH", KubectlFake.install(ao.home(), 0).toString());

    Result r = ao.run("session", "logs", "web-1");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("kubectl --context=test --namespace=team-a logs web-1-agent -c agent\n");
  }

  @Test
  void should_follow_and_tail_on_request_with_the_kubeconfig_given() {
    ao.env("PATH", KubectlFake.install(ao.home(), 0).toString());
    String kubeconfig = ao.client().getConfiguration().getMasterUrl();
    String file = ao.writeKubeconfig(kubeconfig).toString();

    Result r = ao.run("session", "logs", "web-1", "-f", "--tail", "50", "--kubeconfig", file, "-n", "team-a");

    assertThat(r.out()).isEqualTo("kubectl --kubeconfig=" + file + " --context=test --namespace=team-a logs web-1-agent -c agent -f --tail=50\n");
  }

  @Test
  void should_say_how_to_get_kubectl_when_it_is_not_on_path() throws Exception {
    ao.env("PATH", Files.createDirectories(ao.home().resolve("empty-bin")).toString());

    Result r = ao.run("session", "logs", "web-1");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("kubectl is not on PATH");
  }
}
