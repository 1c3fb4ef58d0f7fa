package dev.ao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two operator replicas with leader election on the real node: killing the leader's pod hands the
 * Lease to the other within its lease duration, and the new leader reconciles new and existing
 * Sessions; {@code ao_operator_leader} is 1 on exactly one replica; a rollout restart loses no Session.
 */
@Order(50)
class OperatorFailoverNodeIT {
  /** JOSDK's lease duration (15 s) plus its retry period and the watch latency. */
  private static final Duration TAKEOVER = Duration.ofSeconds(30);
  private static RealNode node;
  private static Team team;

  @BeforeAll
  static void setUp() {
    team = Team.open("team-failover");
    node = team.node;
    team.createProject();
    kubectl("scale", "deployment/" + OperatorRelease.FULLNAME, "--replicas=2");
    OperatorRelease.awaitAvailable(node, 2, Duration.ofMinutes(3));
  }

  @AfterAll
  static void tearDown() {
    if (team != null) {
      team.close();
    }
    kubectl("scale", "deployment/" + OperatorRelease.FULLNAME, "--replicas=1");
    OperatorRelease.awaitAvailable(node, 1, Duration.ofMinutes(3));
  }

  @Test
  void theStandbyTakesOverWhenTheLeaderDiesAndARolloutLosesNoSession() {
    team.createSession("before", spec -> spec.prompt = "Wait.");
    awaitWorking("before");
    String leader = awaitOneLeader();

    long killedAt = System.nanoTime();
    node.admin.pods().inNamespace(OperatorRelease.NAMESPACE).withName(leader).withGracePeriod(0).delete();
    Await.until(TAKEOVER, "another replica to hold the Lease", () -> {
      String holder = ChartInstallNodeIT.lease(node).getSpec().getHolderIdentity();
      return holder != null && !holder.startsWith(leader);
    });
    System.out.printf("[failover] Lease taken over %d ms after the leader's pod was killed%n", (System.nanoTime() - killedAt) / 1_000_000);

    // The new leader reconciles an existing Session (a message to it is delivered) and a new one.
    sendMessage("before", "m-after-failover", "Still there?");
    team.createSession("after-failover", spec -> spec.prompt = "Wait.");
    awaitWorking("after-failover");
    awaitDelivered("before", "m-after-failover");
    OperatorRelease.awaitAvailable(node, 2, Duration.ofMinutes(3));
    awaitOneLeader();

    kubectl("rollout", "restart", "deployment/" + OperatorRelease.FULLNAME);
    Await.until(Duration.ofMinutes(4), "the rollout to replace both replicas", () -> {
      var d = OperatorRelease.deployment(node);
      return d.getStatus().getObservedGeneration() >= d.getMetadata().getGeneration()
          && Integer.valueOf(2).equals(d.getStatus().getUpdatedReplicas()) && Integer.valueOf(2).equals(d.getStatus().getAvailableReplicas())
          && (d.getStatus().getReplicas() == null || d.getStatus().getReplicas() == 2);
    });
    team.createSession("after-rollout", spec -> spec.prompt = "Wait.");
    awaitWorking("after-rollout");
    sendMessage("after-failover", "m-after-rollout", "And now?");
    awaitDelivered("after-failover", "m-after-rollout");
    awaitOneLeader();
    assertThat(team.sessions()).extracting(s -> s.getMetadata().getName())
        .containsExactlyInAnyOrder("before", "after-failover", "after-rollout");
    assertThat(team.sessions()).allSatisfy(s -> assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Working));
  }

  /** kubectl against the release namespace, the way an operator of the cluster types it. */
  private static void kubectl(String... args) {
    List<String> argv = new ArrayList<>(List.of("kubectl", "-n", OperatorRelease.NAMESPACE));
    argv.addAll(List.of(args));
    try {
      Processes.Result r = Processes.exec(Duration.ofSeconds(60), argv, java.util.Map.of("KUBECONFIG", node.kubeconfig.toString()));
      if (r.exitCode() != 0) {
        throw new AssertionError(String.join(" ", argv) + " exited " + r.exitCode() + ": " + r.output());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until exactly one running replica reports ao_operator_leader 1 and returns its pod's name. */
  private static String awaitOneLeader() {
    List<String> leaders = new ArrayList<>();
    Await.until(TAKEOVER, "exactly one replica to report ao_operator_leader 1", () -> {
      leaders.clear();
      List<Pod> pods = ChartInstallNodeIT.operatorPods(node).stream().filter(SessionLoopNodeIT::running).toList();
      for (Pod p : pods) {
        String metrics = node.admin.raw("/api/v1/namespaces/" + OperatorRelease.NAMESPACE + "/pods/" + p.getMetadata().getName() + ":9000/proxy/q/metrics");
        if (metrics != null && metrics.contains("ao_operator_leader 1.0")) {
          leaders.add(p.getMetadata().getName());
        }
      }
      return leaders.size() == 1;
    }, leaders::toString);
    return leaders.get(0);
  }

  private static void awaitWorking(String name) {
    Await.until(Duration.ofMinutes(3), name + " to be Working", () -> {
      Session s = team.session(name);
      return s != null && s.getStatus() != null && s.getStatus().phase == SessionPhase.Working;
    }, () -> SessionLoopNodeIT.describe(team.sessions()));
  }

  private static void sendMessage(String name, String id, String text) {
    node.admin.resources(Session.class).inNamespace(team.namespace).withName(name).edit(s -> {
      if (s.getSpec().messages == null) {
        s.getSpec().messages = new ArrayList<>();
      }
      s.getSpec().messages.add(new Message(id, text));
      return s;
    });
  }

  private static void awaitDelivered(String name, String id) {
    Await.until(Duration.ofSeconds(60), "message " + id + " to be delivered to " + name, () -> {
      Session s = team.session(name);
      return s.getStatus() != null && s.getStatus().deliveredMessages.stream().map(m -> m.id).anyMatch(id::equals);
    }, () -> SessionLoopNodeIT.describe(List.of(team.session(name))));
  }
}
