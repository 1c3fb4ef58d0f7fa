package dev.ao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import io.fabric8.kubernetes.api.model.Pod;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a person does with a running agent, with the real tools against the real node:
 * {@code kubectl logs} shows the agent's pane, {@code ao session logs} and {@code ao session attach}
 * (kubectl exec + tmux attach under a pseudo-terminal) reach it, and {@code ao session restore} of an
 * Errored Session gives a fresh pod on the same volume with the checkout intact.
 */
@Order(30)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentAccessNodeIT {
  private static final String NAME = "access-1";
  private static RealNode node;
  private static Team team;

  @BeforeAll
  static void setUp() {
    team = Team.open("team-access");
    node = team.node;
    team.createProject();
    // A prompt with no task in it: the scripted agent starts, prints its prompt and waits.
    team.createSession(NAME, spec -> spec.prompt = "Wait for instructions.");
    Await.until(Duration.ofMinutes(3), NAME + " to be Working", () -> phase() == SessionPhase.Working,
        () -> SessionLoopNodeIT.describe(List.of(team.session(NAME))));
  }

  @AfterAll
  static void tearDown() {
    if (team != null) {
      team.close();
    }
  }

  @Test
  @Order(1)
  void kubectlLogsShowsTheAgentsPane() throws Exception {
    Await.until(Duration.ofSeconds(30), "the pane in kubectl logs", () -> {
      try {
        return kubectl("logs", pod().getMetadata().getName(), "-c", "agent").contains("Wait for instructions.");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  @Order(2)
  void aoSessionLogsShowsThePane() throws Exception {
    Processes.Result r = ao("session", "logs", NAME);
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("Wait for instructions.");
  }

  @Test
  @Order(3)
  void aoSessionAttachReachesTmuxUnderAPseudoTerminalAndDetaches() throws Exception {
    // script(1) gives ao (and kubectl exec -it under it) a real pseudo-terminal. The keys Ctrl-b d detach
    // from tmux, which ends the attach and leaves the agent running; they are typed every 2 s because
    // keys typed before tmux has attached (kubectl exec and the runner's start take a while) are lost.
    String command = "(sleep 3; for i in $(seq 25); do printf '\\002d'; sleep 2; done) | script -qfec '" + Path.of(node.repoRoot.toString(), "cli/bin/ao")
        + " session attach " + NAME + " -n " + team.namespace + "' /dev/null";
    Processes.Result r = Processes.exec(Duration.ofSeconds(60), List.of("bash", "-c", command), env());
    assertThat(r.output()).as("what the terminal showed").contains("Wait for instructions.");
    assertThat(r.output()).contains("[detached");
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(phase()).isEqualTo(SessionPhase.Working);
  }

  @Test
  @Order(4)
  void restoreOfAnErroredSessionGivesAFreshPodOnTheSameVolumeWithTheCheckoutIntact() throws Exception {
    Pod before = pod();
    String claim = team.session(NAME).getStatus().workspace;
    String branch = team.session(NAME).getStatus().branch;
    kubectl("exec", before.getMetadata().getName(), "-c", "agent", "--", "sh", "-c", "echo kept > /workspace/uncommitted.txt");
    // The runner dies hard (as on an OOM kill): the agent container fails and the Session is Errored. (The
    // bracket keeps pkill from matching the shell that runs it, whose command line holds the pattern too.)
    kubectl("exec", before.getMetadata().getName(), "-c", "agent", "--", "sh", "-c", "pkill -KILL -f 'java .*ao-runne[r].jar'");
    Await.until(Duration.ofSeconds(90), NAME + " to be Errored", () -> phase() == SessionPhase.Errored,
        () -> SessionLoopNodeIT.describe(List.of(team.session(NAME))));
    assertThat(team.session(NAME).getStatus().message).contains("exit code");

    Processes.Result r = ao("session", "restore", NAME);
    assertThat(r.exitCode()).as(r.output()).isZero();
    Await.until(Duration.ofMinutes(2), NAME + " to be Working in a new pod", () -> {
      Pod now = pod();
      return phase() == SessionPhase.Working && now != null && !now.getMetadata().getUid().equals(before.getMetadata().getUid())
          && SessionLoopNodeIT.running(now);
    }, () -> SessionLoopNodeIT.describe(List.of(team.session(NAME))));
    Session after = team.session(NAME);
    assertThat(after.getStatus().workspace).isEqualTo(claim);
    String newPod = pod().getMetadata().getName();
    assertThat(kubectl("exec", newPod, "-c", "agent", "--", "cat", "/workspace/uncommitted.txt")).contains("kept");
    assertThat(kubectl("exec", newPod, "-c", "agent", "--", "git", "-C", "/workspace", "rev-parse", "--abbrev-ref", "HEAD").strip())
        .isEqualTo(branch);
  }

  private static SessionPhase phase() {
    Session s = team.session(NAME);
    return s == null || s.getStatus() == null ? null : s.getStatus().phase;
  }

  private static Pod pod() {
    Session s = team.session(NAME);
    if (s == null || s.getStatus() == null || s.getStatus().pod == null) {
      return null;
    }
    return node.admin.pods().inNamespace(team.namespace).withName(s.getStatus().pod).get();
  }

  private static Map<String, String> env() {
    return Map.of("KUBECONFIG", node.kubeconfig.toString(), "TERM", "xterm");
  }

  static String kubectl(String... args) throws Exception {
    List<String> argv = new java.util.ArrayList<>(List.of("kubectl", "-n", team.namespace));
    argv.addAll(List.of(args));
    Processes.Result r = Processes.exec(Duration.ofSeconds(60), argv, env());
    if (r.exitCode() != 0) {
      throw new AssertionError(String.join(" ", argv) + " exited " + r.exitCode() + ": " + r.output());
    }
    return r.output();
  }

  private static Processes.Result ao(String... args) throws Exception {
    List<String> argv = new java.util.ArrayList<>(List.of(node.repoRoot.resolve("cli/bin/ao").toString()));
    argv.addAll(List.of(args));
    argv.addAll(List.of("-n", team.namespace));
    return Processes.exec(Duration.ofSeconds(60), argv, env());
  }
}
