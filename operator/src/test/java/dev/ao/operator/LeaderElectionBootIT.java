package dev.ao.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.chart.HelmChart;
import dev.ao.operator.metrics.OperatorMetrics;
import dev.ao.operator.testing.AdminClient;
import dev.ao.operator.testing.ApiServerTestResource;
import dev.ao.operator.testing.Fixtures;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged operator with leader election on, as the chart runs it (QOSDK picks up our
 * LeaderElectionConfiguration; OperatorStartup starts the operator): it wins the Lease, reports
 * ao_operator_leader 1, reconciles a Session, and keeps the Lease by renewing it. Our leader callbacks
 * come on top of JOSDK's own (which start event processing), not instead of them.
 */
@QuarkusTest
@TestProfile(LeaderElectionBootIT.Electing.class)
@WithTestResource(ApiServerTestResource.class)
class LeaderElectionBootIT {
  static final String LEASE = "ao-boot-it-leader";

  /** What the chart sets (AO_LEADER_ELECTION_*), in the test profile. */
  public static class Electing implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.operator-sdk.activate-leader-election-for-profiles", "test",
          "ao.leader-election.enabled", "true",
          "ao.leader-election.lease-name", LEASE,
          "ao.leader-election.lease-namespace", HelmChart.NAMESPACE,
          // This JVM goes on to other tests after this app stops: its operator, never stopped, then loses
          // the lease when the test's API server stops, and must not end the JVM for it.
          "ao.leader-election.exit-on-lost-lease", "false");
    }
  }

  @AdminClient KubernetesClient client;
  @Inject OperatorMetrics metrics;

  @Test
  void should_win_the_lease_report_leadership_reconcile_and_keep_renewing_the_lease() {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(lease()).isNotNull();
      assertThat(metrics.leadership().isLeading()).isTrue();
    });
    assertThat(metrics.scrape()).contains("ao_operator_leader 1.0");

    Fixtures.projectSecrets().forEach(s -> client.resource(s).create());
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("webapp-1", "webapp", "42")).create();
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(client.pods().inNamespace(Fixtures.NS).withName("webapp-1-agent").get()).isNotNull();
      Session s = client.resources(Session.class).inNamespace(Fixtures.NS).withName("webapp-1").get();
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Spawning);
    });

    ZonedDateTime renewed = lease().getSpec().getRenewTime();
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(lease().getSpec().getRenewTime()).isAfter(renewed.plusSeconds(10)));
    assertThat(metrics.leadership().isLeading()).as("still the leader after the renew deadline").isTrue();
  }

  private Lease lease() {
    return client.leases().inNamespace(HelmChart.NAMESPACE).withName(LEASE).get();
  }
}
