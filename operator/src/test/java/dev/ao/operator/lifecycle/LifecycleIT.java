package dev.ao.operator.lifecycle;

import static dev.ao.operator.testing.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import dev.ao.api.v1alpha1.project.TrackerSpec;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.testing.AgentPodProcess;
import dev.ao.operator.testing.Fixtures;
import dev.ao.operator.testing.KubeletSimulator;
import dev.ao.operator.testing.OperatorHarness;
import dev.ao.operator.testing.TestOperatorConfig;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.SimulatorOptions;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.model.ReviewState;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle against real peers: the GitHub simulator (GraphQL + REST + git), the real in-pod
 * runner driving a scripted agent in tmux, and the operator against the API server. The test
 * plays the kubelet and the agent's git pushes; everything else is the product.
 */
class LifecycleIT {
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final String TOKEN = "gh-test-token";
  private GitHubSimulator sim;
  private SimulatorControl github;
  private OperatorHarness harness;
  private KubernetesClient client;
  private AgentPodProcess agent;
  private Path dir;

  @BeforeEach
  void start() throws IOException {
    dir = Files.createTempDirectory("lifecycle-it");
    sim = GitHubSimulator.start(SimulatorOptions.defaults().withDataDir(dir.resolve("github")));
    github = sim.control();
    github.addToken(TOKEN, "acme-dev");
    github.createRepo(RepoSpec.of("acme", "webapp").withProtection(new BranchProtection(List.of("build"), 1, false)));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    harness = new OperatorHarness(TestOperatorConfig.withRunnerPort(port));
    client = harness.client();
    client.resource(Fixtures.secret("github-token", "token")).create();
    Secret token = client.secrets().inNamespace(NS).withName("github-token").get();
    token.getData().put("token", java.util.Base64.getEncoder().encodeToString(TOKEN.getBytes()));
    client.resource(token).update();
    client.resource(Fixtures.secret("agent-keys", "anthropic")).create();
    harness.start();
  }

  @AfterEach
  void stop() {
    if (agent != null) {
      agent.close();
    }
    harness.close();
    sim.close();
  }

  private Project project(Map<String, ReactionSpec> reactions) {
    Project p = Fixtures.project("webapp");
    p.getSpec().repo.url = sim.cloneUrl("acme", "webapp");
    p.getSpec().scm.github.apiUrl = sim.apiUrl();
    p.getSpec().scm.pollInterval = "1s";
    p.getSpec().tracker = new TrackerSpec();
    p.getSpec().tracker.type = TrackerSpec.Type.GITHUB;
    p.getSpec().reactions = reactions;
    return p;
  }

  /** Waits for the Session's pod, starts its runner with the scripted agent, and reports it Running. */
  private void runPod(String session) throws IOException {
    Pod pod = await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName(session + "-agent").get(), p -> p != null);
    Secret runnerSecret = client.secrets().inNamespace(NS).withName(session + "-runner").get();
    Path podDir = dir.resolve(session);
    Files.createDirectories(podDir);
    agent = AgentPodProcess.start(pod, runnerSecret, podDir, AgentPodProcess.writeLineAgent(podDir));
    new KubeletSimulator(client).running(NS, session + "-agent", "127.0.0.1");
  }

  @Test
  void should_carry_a_session_from_issue_to_merged_pr_telling_the_agent_what_failed() throws Exception {
    ReactionSpec autoMerge = new ReactionSpec();
    autoMerge.action = ReactionSpec.Action.AUTO_MERGE;
    client.resource(project(Map.of("approved-and-green", autoMerge))).create();
    int issue = github.createIssue("acme", "webapp", "Fix login redirect loop", "Users bounce between /login and /home.", List.of("bug"), "acme-dev");
    client.resource(Fixtures.issueSession("webapp-1", "webapp", Integer.toString(issue))).create();

    runPod("webapp-1");
    String branch = "feat/" + issue + "-fix-login-redirect-loop";
    await().atMost(WAIT).untilAsserted(() -> {
      Session s = get("webapp-1");
      assertThat(s.getStatus().branch).isEqualTo(branch);
      assertThat(s.getStatus().issueTitle).isEqualTo("Fix login redirect loop");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Working);
      assertThat(agent.received()).contains("Resolve issue #" + issue + ": Fix login redirect loop").contains("Users bounce between");
    });

    // The agent pushes its branch and opens a PR; CI fails on it.
    String sha1 = github.commit("acme", "webapp", branch, "fix redirect", Map.of("login.js", "redirect()\n"), "acme-dev");
    int pr = github.createPullRequest("acme", "webapp", branch, "main", "Fix login redirect loop", "Closes #" + issue, "acme-dev");
    github.setCheckRun("acme", "webapp", sha1, "build", CheckStatus.COMPLETED, CheckConclusion.FAILURE);

    await().atMost(WAIT).untilAsserted(() -> {
      Session s = get("webapp-1");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.CIFailed);
      assertThat(s.getStatus().pr.number).isEqualTo(pr);
      assertThat(s.getStatus().pr.ci).isEqualTo("failing");
      assertThat(agent.received()).contains("CI is failing on your PR").contains("- build (failure)");
    });

    // The operator restarts: it must not tell the agent about the same failure again.
    harness.stop();
    harness.start();
    await().atMost(WAIT).untilAsserted(() -> assertThat(get("webapp-1").getStatus().phase).isEqualTo(SessionPhase.CIFailed));
    Thread.sleep(4000);
    assertThat(count(agent.received(), "CI is failing on your PR")).as("not re-sent after a restart").isEqualTo(1);

    // The agent pushes a fix, CI passes, a reviewer approves: auto-merge merges, the Session is cleaned up.
    String sha2 = github.commit("acme", "webapp", branch, "fix tests", Map.of("login.test.js", "ok\n"), "acme-dev");
    github.setCheckRun("acme", "webapp", sha2, "build", CheckStatus.COMPLETED, CheckConclusion.SUCCESS);
    github.addToken("reviewer-token", "alice");
    github.submitReview("acme", "webapp", pr, "alice", false, ReviewState.APPROVED, "LGTM");

    await().atMost(WAIT).untilAsserted(() -> assertThat(github.isMerged("acme", "webapp", pr)).isTrue());
    try {
    await().atMost(WAIT).untilAsserted(() -> {
      Session s = get("webapp-1");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Done);
      assertThat(s.getStatus().message).contains("merged").contains("workspace deleted");
      assertThat(client.pods().inNamespace(NS).withName("webapp-1-agent").get()).isNull();
      assertThat(client.persistentVolumeClaims().inNamespace(NS).withName("webapp-1-workspace").get()).isNull();
    });
    } catch (Throwable t) {
      System.err.println("session status at failure: " + client.getKubernetesSerialization().asYaml(get("webapp-1").getStatus()));
      client.v1().events().inNamespace(NS).list().getItems().forEach(e -> System.err.println("event: " + e.getReason() + " " + e.getMessage()));
      throw t;
    }
    assertThat(count(agent.received(), "CI is failing on your PR")).as("the CI failure is told once").isEqualTo(1);
    await().atMost(WAIT).untilAsserted(() -> {
      Project p = client.resources(Project.class).inNamespace(NS).withName("webapp").get();
      assertThat(p.getStatus().scm).isNotNull();
      assertThat(p.getStatus().scm.repository).isEqualTo("acme/webapp");
      assertThat(p.getStatus().scm.rateLimitRemaining).isPositive();
      assertThat(p.getStatus().scm.lastError).isNull();
      assertThat(client.v1().events().inNamespace(NS).list().getItems()).extracting(e -> e.getReason()).contains("NotifyAllComplete");
    });
  }

  @Test
  void should_deliver_spec_messages_once_in_order_and_record_them() throws Exception {
    client.resource(project(null)).create();
    Session s = Fixtures.promptSession("webapp-2", "webapp", "Tidy the README");
    client.resource(s).create();
    runPod("webapp-2");
    await().atMost(WAIT).untilAsserted(() -> assertThat(get("webapp-2").getStatus().phase).isEqualTo(SessionPhase.Working));

    // As `ao send` does: a patch, so it never conflicts with the operator's status writes.
    client.resources(Session.class).inNamespace(NS).withName("webapp-2").patch(
        io.fabric8.kubernetes.client.dsl.base.PatchContext.of(io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
        "{\"spec\":{\"messages\":[{\"id\":\"m-1\",\"text\":\"first: use British spelling\"},{\"id\":\"m-2\",\"text\":\"second: keep it short\"}]}}");

    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(get("webapp-2").getStatus().deliveredMessages).extracting(d -> d.id).containsExactly("m-1", "m-2");
      String received = agent.received();
      assertThat(received.indexOf("first: use British spelling")).isGreaterThanOrEqualTo(0).isLessThan(received.indexOf("second: keep it short"));
    });
    Thread.sleep(3000);
    assertThat(count(agent.received(), "first: use British spelling")).isEqualTo(1);
  }

  private Session get(String name) {
    return client.resources(Session.class).inNamespace(NS).withName(name).get();
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @SuppressWarnings("unused")
  private static SecretKeyRef ref(String name) {
    return new SecretKeyRef(name, "token");
  }
}
