package dev.ao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A platform team's first minutes: {@code helm install} with the images built from this repository;
 * the operator's Deployment becomes Ready as the chart's ServiceAccount (the chart's RBAC, not admin),
 * takes its leader-election Lease and keeps renewing it, and answers health and metrics through its
 * Service.
 */
@Order(10)
class ChartInstallNodeIT {
  static final String LEASE = OperatorRelease.FULLNAME + "-leader";
  private static RealNode node;

  @BeforeAll
  static void install() {
    node = RealNode.get();
    NodeFixture.operatorInstalled(node);
  }

  @Test
  void operatorRunsAsTheChartsServiceAccountWithARestrictedSecurityContext() {
    Pod pod = operatorPods(node).get(0);
    assertThat(pod.getSpec().getServiceAccountName()).isEqualTo(OperatorRelease.FULLNAME);
    assertThat(pod.getSpec().getSecurityContext().getRunAsUser()).isEqualTo(10001L);
    assertThat(pod.getSpec().getContainers().get(0).getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(pod.getStatus().getContainerStatuses().get(0).getRestartCount()).as("operator container restarts").isZero();
  }

  @Test
  void leaderElectionTakesTheLeaseAndKeepsRenewingIt() {
    Await.until(Duration.ofSeconds(60), "the Lease " + LEASE + " to name the operator pod", () -> {
      Lease lease = lease(node);
      return lease != null && lease.getSpec().getHolderIdentity() != null
          && lease.getSpec().getHolderIdentity().startsWith(operatorPods(node).get(0).getMetadata().getName());
    });
    for (int renewal = 1; renewal <= 2; renewal++) {
      var before = lease(node).getSpec().getRenewTime();
      Await.until(Duration.ofSeconds(30), "renewal " + renewal + " of the Lease", () -> !lease(node).getSpec().getRenewTime().equals(before));
    }
    Pod pod = operatorPods(node).get(0);
    String log = node.admin.pods().inNamespace(OperatorRelease.NAMESPACE).withName(pod.getMetadata().getName()).getLog();
    assertThat(log).as("the operator's log").doesNotContain("is forbidden").doesNotContain("Unprocessable");
    assertThat(node.admin.pods().resource(pod).get().getStatus().getContainerStatuses().get(0).getRestartCount())
        .as("operator restarts (a replica that loses its Lease exits)").isZero();
  }

  @Test
  void healthAndMetricsAnswerThroughTheService() {
    String service = OperatorRelease.FULLNAME + "-metrics:metrics";
    Await.until(Duration.ofSeconds(60), "metrics to report this replica as leader",
        () -> servicePath(node, service, "q/metrics").contains("ao_operator_leader 1.0"));
    assertThat(servicePath(node, service, "q/health/ready")).contains("\"status\": \"UP\"");
    assertThat(servicePath(node, service, "q/metrics")).contains("ao_reconcile_errors_total");
  }

  static List<Pod> operatorPods(RealNode node) {
    return node.admin.pods().inNamespace(OperatorRelease.NAMESPACE)
        .withLabel("app.kubernetes.io/instance", OperatorRelease.NAME).list().getItems().stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .sorted(java.util.Comparator.comparing(p -> p.getMetadata().getName()))
        .toList();
  }

  static Lease lease(RealNode node) {
    return node.admin.leases().inNamespace(OperatorRelease.NAMESPACE).withName(LEASE).get();
  }

  /**
   * GET through the API server's service proxy: it resolves the Service's selector and target port to
   * a ready pod, which is what a Prometheus scrape through the Service exercises (the node has no
   * kube-proxy, so ClusterIPs are not routed).
   */
  static String servicePath(RealNode node, String serviceAndPort, String path) {
    String url = "/api/v1/namespaces/" + OperatorRelease.NAMESPACE + "/services/" + serviceAndPort + "/proxy/" + path;
    return node.admin.raw(url);
  }
}
