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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RBAC exactly sufficient: the permissions the operator needs are derived from what it does, and
 * the chart must grant exactly those. "What it does" is every API request the operator made while
 * it took a worker and an orchestrator Session through spawn, running, deletion with and without a
 * kept workspace, and a Project deletion, as the chart runs it: electing its leader through a Lease.
 * Added is what the API server or JOSDK demands beyond the requests: granting a Role requires holding
 * its permissions (RBAC escalation prevention); owner references with blockOwnerDeletion require
 * update on the owner's finalizers where the OwnerReferencesPermissionEnforcement admission plugin
 * runs; JOSDK checks with a SelfSubjectRulesReview that it may get, create and update leases.
 *
 * <p>On the real API server (-Dao.it.apiserver=real) the requests come from its audit log, the
 * operator holds exactly the chart's permissions, and a missing one is a denied request.
 */
class RbacRulesIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Path OBSERVED = Path.of("target", "rbac-observed-requests.txt");
  private static final String LEASE = FULLNAME + "-leader";
  /** Every authenticated user may create these (the system:basic-user ClusterRole); the chart need not grant them. */
  private static final Set<Permission> EVERYONE = Set.of(
      new Permission("authorization.k8s.io", "selfsubjectrulesreviews", "create"),
      new Permission("authorization.k8s.io", "selfsubjectaccessreviews", "create"));
  private static final Set<Permission> needed = new TreeSet<>();
  private static final Map<Permission, String> why = new TreeMap<>();

  @BeforeAll
  static void runTheOperatorThroughEverythingItDoes() throws Exception {
    try (OperatorHarness harness = new OperatorHarness(TestOperatorConfig.fast())) {
      Scenario scenario = new Scenario(harness.client());
      harness.startElecting(LEASE, "rbac-rules-it");
      await().atMost(WAIT).until(() -> harness.metrics().leadership().isLeading());
      scenario.run();
      // Leadership is kept by renewing the Lease: wait for a renewal, so it is among the requests.
      var renewed = harness.client().leases().inNamespace(HelmChart.NAMESPACE).withName(LEASE).get().getSpec().getRenewTime();
      await().atMost(WAIT).until(
          () -> harness.client().leases().inNamespace(HelmChart.NAMESPACE).withName(LEASE).get().getSpec().getRenewTime().isAfter(renewed));
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
      for (String verb : List.of("get", "create", "update")) {
        Permission p = new Permission("coordination.k8s.io", "leases", verb);
        needed.add(p);
        why.putIfAbsent(p, "JOSDK's LeaderElectionManager checks it with a SelfSubjectRulesReview before it starts");
      }
    }
    needed.removeAll(EVERYONE);
    Files.write(OBSERVED, why.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
  }

  @Test
  void should_grant_exactly_the_permissions_the_operator_uses() {
    Set<Permission> neededInWatchedNamespaces = needed.stream().filter(p -> !isLease(p)).collect(Collectors.toCollection(TreeSet::new));

    Set<Permission> granted = Permission.granted(HelmChart.render().one("ClusterRole", FULLNAME).path("rules"));
    assertThat(difference(neededInWatchedNamespaces, granted)).as("needed by the operator but not granted by the chart (see %s)", OBSERVED).isEmpty();
    assertThat(difference(granted, neededInWatchedNamespaces)).as("granted by the chart but never needed (see %s)", OBSERVED).isEmpty();
  }

  @Test
  void should_grant_leader_election_exactly_what_it_uses_on_leases() {
    // Fabric8's LeaseLock reads the Lease, creates it once and renews it with a JSON merge patch.
    Set<Permission> neededOnLeases = needed.stream().filter(RbacRulesIT::isLease).collect(Collectors.toCollection(TreeSet::new));
    assertThat(neededOnLeases).extracting(Permission::verb).contains("get", "create", "patch");

    Set<Permission> granted = Permission.granted(HelmChart.render().one("Role", FULLNAME + "-leader-election").path("rules"));
    assertThat(granted).as("the leader-election Role (see %s)", OBSERVED).isEqualTo(neededOnLeases);
  }

  private static boolean isLease(Permission p) {
    return p.group().equals("coordination.k8s.io") && p.resource().equals("leases");
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
