package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.v1alpha1.session.Activity;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
    cluster.project("api", "api");
    cluster.session("web-1", "webapp", "42");
    cluster.session("web-2", "webapp", "ENG-7");
    cluster.session("web-10", "webapp", "43");
    cluster.session("api-1", "api", "7");
    cluster.phase("web-1", SessionPhase.Working);
    cluster.status("web-1", st -> st.activity = Activity.Active);
    cluster.pr("web-2", 12, "open", "failing", "changes_requested");
    cluster.status("web-2", st -> st.phase = SessionPhase.CIFailed);
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_print_a_table_of_sessions_with_pr_ci_and_review() {
    Result r = ao.run("status");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).matches("SESSION\\s+PROJECT\\s+ISSUE\\s+PHASE\\s+ACTIVITY\\s+PR\\s+CI\\s+REVIEW\\s+AGE");
    assertThat(lines[1]).matches("api-1\\s+api\\s+7\\s+-\\s+-\\s+-\\s+-\\s+-\\s+\\d+s");
    assertThat(lines[2]).matches("web-1\\s+webapp\\s+42\\s+Working\\s+Active\\s+-\\s+-\\s+-\\s+\\d+s");
    assertThat(lines[3]).matches("web-2\\s+webapp\\s+ENG-7\\s+CIFailed\\s+-\\s+#12\\s+failing\\s+changes_requested\\s+\\d+s");
    assertThat(lines[4]).as("numbers sort as numbers").startsWith("web-10 ");
    assertThat(lines).hasSize(5);
    assertThat(lines[2].indexOf("webapp")).as("columns line up").isEqualTo(lines[0].indexOf("PROJECT"));
  }

  @Test
  void should_filter_by_project_and_show_more_columns_when_wide() {
    Result r = ao.run("status", "-p", "webapp", "-o", "wide");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("ROLE", "BRANCH", "POD", "MESSAGE").doesNotContain("api-1");
    assertThat(r.out().lines().filter(l -> l.startsWith("web-")).count()).isEqualTo(3);
  }

  @Test
  void should_print_json_yaml_and_names() {
    Result json = ao.run("status", "-o", "json", "-p", "webapp");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    assertThat(json.out()).contains("\"kind\" : \"List\"", "\"name\" : \"web-2\"", "\"ci\" : \"failing\"");

    Result yaml = ao.run("status", "-o", "yaml", "-p", "webapp");
    assertThat(yaml.out()).contains("kind: \"List\"", "name: \"web-1\"", "phase: \"Working\"");

    Result names = ao.run("status", "-o", "name");
    assertThat(names.out()).isEqualTo(String.join("\n",
        "session.agent-orchestrator.io/api-1",
        "session.agent-orchestrator.io/web-1",
        "session.agent-orchestrator.io/web-2",
        "session.agent-orchestrator.io/web-10") + "\n");
  }

  @Test
  void should_print_a_line_when_a_session_status_changes_while_watching() throws Exception {
    CommandHarness.Running watch = ao.start("status", "-w");
    await().atMost(Duration.ofSeconds(10)).until(() -> watch.out().contains("web-10"));
    Thread.sleep(500); // let the watch connect before the change
    int before = watch.out().split("\n").length;

    cluster.status("web-1", st -> {
      st.phase = SessionPhase.PROpen;
      st.pr = new dev.ao.api.v1alpha1.session.PullRequestStatus();
      st.pr.number = 77;
      st.pr.ci = "pending";
    });

    await().atMost(Duration.ofSeconds(10)).until(() -> watch.out().contains("#77"));
    Result r = watch.stop();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(before + 1);
    assertThat(lines[lines.length - 1]).matches("web-1\\s+webapp\\s+42\\s+PROpen\\s+Active\\s+#77\\s+pending\\s+-\\s+\\d+s");
  }

  @Test
  void should_say_so_when_there_are_no_sessions() {
    Result r = ao.run("status", "-n", "empty-ns");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("No Sessions in namespace empty-ns");
  }

  @Test
  void should_fail_fast_with_exit_2_when_the_cluster_is_unreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String kubeconfig = ao.writeKubeconfig("http://127.0.0.1:" + port).toString();

    long start = System.nanoTime();
    Result r = ao.run("status", "--kubeconfig", kubeconfig);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.exitCode()).isEqualTo(ExitCodes.CLUSTER_ERROR);
    assertThat(r.err()).startsWith("error: Cannot reach the Kubernetes API server at http://127.0.0.1:" + port)
        .contains("context test", "kubectl cluster-info");
    assertThat(millis).as("no client retries").isLessThan(3000);
  }

  @Test
  void should_name_the_fix_when_no_kubeconfig_exists() {
    try (CommandHarness none = CommandHarness.withoutKubeconfig()) {
      Result r = none.run("status");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.CLUSTER_ERROR);
      assertThat(r.err()).contains("No kubeconfig found", none.home().resolve(".kube/config").toString(), "KUBECONFIG");
    }
  }

  @Test
  void should_refuse_an_unknown_context() {
    Result r = ao.run("status", "--context", "prod");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("No context \"prod\"", "contexts: test");
  }

  @Test
  void should_say_how_to_install_the_crds_when_they_are_missing() {
    try (CommandHarness bare = CommandHarness.withoutCrds()) {
      Result r = bare.run("status");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.CLUSTER_ERROR);
      assertThat(r.err()).contains("CRDs are not installed", "sessions.agent-orchestrator.io",
          "kubectl apply -f helm/agent-orchestrator/crds/", "helm install");
    }
  }
}
