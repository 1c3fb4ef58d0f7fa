package dev.ao.operator.chart;

import static dev.ao.operator.chart.HelmChart.FULLNAME;
import static dev.ao.operator.testing.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.operator.testing.Fixtures;
import dev.ao.operator.testing.KubeletSimulator;
import dev.ao.operator.testing.OperatorHarness;
import dev.ao.operator.testing.TestApiServer;
import dev.ao.operator.testing.TestOperatorConfig;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * RBAC exactly sufficient: the permissions the operator needs are derived from what it does, and
 * the chart must grant exactly those. "What it does" is every API request the operator made while
 * it took a worker and an orchestrator Session through spawn, running, deletion with and without a
 * kept workspace, and a Project deletion, plus what the API server demands beyond the request itself:
 * granting a Role requires holding its permissions (RBAC escalation prevention), and owner
 * references with blockOwnerDeletion require update on the owner's finalizers where the
 * OwnerReferencesPermissionEnforcement admission plugin runs.
 */
class RbacRulesIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Path OBSERVED = Path.of("target", "rbac-observed-requests.txt");

  @Test
  void should_grant_exactly_the_permissions_the_operator_uses() throws Exception {
    Set<Permission> needed = new TreeSet<>();
    Map<Permission, String> why = new TreeMap<>();
    try (OperatorHarness harness = new OperatorHarness(TestOperatorConfig.fast())) {
      Scenario scenario = new Scenario(harness.client());
      harness.start();
      scenario.run();
      harness.stop();
      observed(harness).forEach((p, example) -> {
        needed.add(p);
        why.put(p, "request " + example);
      });
      Permission.granted(scenario.orchestratorRole.getRules()).forEach(p -> {
        needed.add(p);
        why.putIfAbsent(p, "granted to orchestrator Sessions (escalation prevention)");
      });
      if (scenario.blocksOwnerDeletion()) {
        Permission finalizers = new Permission(ApiGroup.GROUP, "sessions/finalizers", "update");
        needed.add(finalizers);
        why.putIfAbsent(finalizers, "ownerReferences with blockOwnerDeletion on Session-owned objects");
      }
    }
    Files.write(OBSERVED, why.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());

    Set<Permission> granted = Permission.granted(HelmChart.render().one("ClusterRole", FULLNAME).path("rules"));
    assertThat(difference(needed, granted)).as("needed by the operator but not granted by the chart (see %s)", OBSERVED).isEmpty();
    assertThat(difference(granted, needed)).as("granted by the chart but never needed (see %s)", OBSERVED).isEmpty();
  }

  @Test
  void should_grant_leader_election_exactly_what_josdk_uses_on_leases() {
    // JOSDK's LeaderElectionManager checks get, create and update on leases before it starts, and
    // Fabric8's LeaseLock does exactly those: read the lease, create it once, renew it by update.
    Set<Permission> needed = Set.of("get", "create", "update").stream()
        .map(v -> new Permission("coordination.k8s.io", "leases", v)).collect(Collectors.toCollection(TreeSet::new));

    Set<Permission> granted = Permission.granted(HelmChart.render().one("Role", FULLNAME + "-leader-election").path("rules"));
    assertThat(granted).isEqualTo(needed);
  }

  /** Operator requests grouped by the permission they need, with one example each. */
  private static Map<Permission, String> observed(OperatorHarness harness) {
    Map<Permission, String> out = new TreeMap<>();
    for (TestApiServer.ApiCall call : harness.operatorCalls()) {
      Permission.of(call).ifPresent(p -> out.putIfAbsent(p, call.line()));
    }
    return out;
  }

  private static Set<Permission> difference(Set<Permission> a, Set<Permission> b) {
    Set<Permission> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  /** Everything the operator does to the API, driven through the objects a user would touch. */
  private static final class Scenario {
    private final KubernetesClient client;
    private Role orchestratorRole;
    private Pod workerPod;

    Scenario(KubernetesClient client) {
      this.client = client;
      Fixtures.projectSecrets().forEach(s -> client.resource(s).create());
      client.resource(Fixtures.project("webapp")).create();
    }

    void run() {
      // Killed later with --keep-workspace: its workspace is orphaned (get + patch), the rest deleted.
      Session worker = Fixtures.issueSession("webapp-1", "webapp", "42");
      worker.getMetadata().setAnnotations(Map.of(ApiGroup.ANNOTATION_KEEP_WORKSPACE, "true"));
      client.resource(worker).create();
      Session orchestrator = Fixtures.promptSession("webapp-orchestrator", "webapp", "plan the sprint");
      orchestrator.getSpec().role = SessionRole.ORCHESTRATOR;
      client.resource(orchestrator).create();
      workerPod = await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName("webapp-1-agent").get(), p -> p != null);
      orchestratorRole = await().atMost(WAIT).until(
          () -> client.rbac().roles().inNamespace(NS).withName("webapp-orchestrator-orchestrator").get(), r -> r != null);
      // Running: the lifecycle observes the runner, the tracker and the SCM (which is unreachable here).
      new KubeletSimulator(client).running(NS, "webapp-1-agent");
      await().atMost(WAIT).until(() -> session("webapp-1").getStatus() != null && session("webapp-1").getStatus().lastPolled != null);

      client.resources(Session.class).inNamespace(NS).withName("webapp-1").delete();
      client.resources(Session.class).inNamespace(NS).withName("webapp-orchestrator").delete();
      await().atMost(WAIT).until(() -> client.resources(Session.class).inNamespace(NS).list().getItems().isEmpty());
      assertThat(client.persistentVolumeClaims().inNamespace(NS).withName("webapp-1-workspace").get().getMetadata().getOwnerReferences()).isEmpty();
      assertThat(client.serviceAccounts().inNamespace(NS).withName("webapp-orchestrator-orchestrator").get()).isNull();

      client.resources(Project.class).inNamespace(NS).withName("webapp").delete();
      await().atMost(WAIT).until(() -> client.resources(Project.class).inNamespace(NS).withName("webapp").get() == null);
    }

    boolean blocksOwnerDeletion() {
      return workerPod.getMetadata().getOwnerReferences().stream().anyMatch(o -> Boolean.TRUE.equals(o.getBlockOwnerDeletion()));
    }

    private Session session(String name) {
      return client.resources(Session.class).inNamespace(NS).withName(name).get();
    }
  }
}
