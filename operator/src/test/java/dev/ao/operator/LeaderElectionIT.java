package dev.ao.operator;

import static dev.ao.operator.testing.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.chart.HelmChart;
import dev.ao.operator.testing.Fixtures;
import dev.ao.operator.testing.OperatorHarness;
import dev.ao.operator.testing.TestOperatorConfig;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Leader election as the chart runs it (a Lease in the release namespace, JOSDK's LeaderElectionManager
 * with our callbacks), against the API server with the chart's permissions on the real one: a replica
 * that wins the lease reports itself leader and reconciles; one that waits reconciles nothing and says
 * so; a replica replacing a deleted pod takes the lease over once it expires, renews it, and reconciles;
 * a restarted container (same pod name, same identity) resumes its lease and renews it.
 */
class LeaderElectionIT {
  private static final String LEASE = "ao-agent-orchestrator-leader";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private OperatorHarness harness;
  private KubernetesClient client;

  @BeforeEach
  void start() {
    harness = new OperatorHarness(TestOperatorConfig.fast());
    client = harness.client();
    Fixtures.projectSecrets().forEach(s -> client.resource(s).create());
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("webapp-1", "webapp", "42")).create();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void should_reconcile_once_it_wins_the_lease_and_keep_renewing_it() {
    harness.startElecting(LEASE, "replica-a");

    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(harness.metrics().leadership().isLeading()).isTrue();
      assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("replica-a");
      assertThat(client.pods().inNamespace(NS).withName("webapp-1-agent").get()).isNotNull();
      assertThat(session().getStatus().phase).isEqualTo(SessionPhase.Spawning);
    });
    // Renewed (by a patch of the Lease) past the renew deadline of 10 s: leadership is not lost.
    ZonedDateTime firstRenewal = lease().getSpec().getRenewTime();
    await().atMost(WAIT).untilAsserted(() -> assertThat(lease().getSpec().getRenewTime()).isAfter(firstRenewal.plusSeconds(10)));
    assertThat(harness.metrics().leadership().isLeading()).isTrue();
    assertThat(harness.metrics().scrape()).contains("ao_operator_leader 1.0");
  }

  @Test
  void should_wait_as_a_standby_while_another_replica_holds_the_lease_then_take_it_over_and_reconcile() throws InterruptedException {
    // The replica whose pod was deleted renewed the lease 8 s ago and will never renew it again.
    client.resource(new LeaseBuilder().withNewMetadata().withName(LEASE).withNamespace(HelmChart.NAMESPACE).endMetadata()
        .withNewSpec().withHolderIdentity("deleted-pod").withLeaseDurationSeconds(15)
        .withAcquireTime(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(5)).withRenewTime(ZonedDateTime.now(ZoneOffset.UTC).minusSeconds(8))
        .withLeaseTransitions(0).endSpec().build()).create();

    harness.startElecting(LEASE, "replacement-pod");

    Thread.sleep(3000);
    assertThat(harness.metrics().leadership().isLeading()).as("a standby while the lease is held").isFalse();
    assertThat(harness.metrics().scrape()).contains("ao_operator_leader 0.0");
    assertThat(client.pods().inNamespace(NS).withName("webapp-1-agent").get()).as("a standby reconciles nothing").isNull();

    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("replacement-pod");
      assertThat(lease().getSpec().getLeaseTransitions()).isEqualTo(1);
      assertThat(harness.metrics().leadership().isLeading()).isTrue();
      assertThat(client.pods().inNamespace(NS).withName("webapp-1-agent").get()).isNotNull();
      assertThat(session().getStatus().phase).isEqualTo(SessionPhase.Spawning);
    });
  }

  @Test
  void should_resume_its_own_lease_at_once_after_a_container_restart_and_renew_it() {
    // A container restart keeps the pod's name, the replica's identity: the Lease still names it.
    ZonedDateTime before = ZonedDateTime.now(ZoneOffset.UTC).minusSeconds(3);
    client.resource(new LeaseBuilder().withNewMetadata().withName(LEASE).withNamespace(HelmChart.NAMESPACE).endMetadata()
        .withNewSpec().withHolderIdentity("restarted-pod").withLeaseDurationSeconds(15)
        .withAcquireTime(before.minusMinutes(5)).withRenewTime(before).withLeaseTransitions(2).endSpec().build()).create();

    harness.startElecting(LEASE, "restarted-pod");

    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(harness.metrics().leadership().isLeading()).isTrue();
      assertThat(client.pods().inNamespace(NS).withName("webapp-1-agent").get()).isNotNull();
      // Leading means renewing: Fabric8 reports leadership on reading its own name, before its first renewal.
      assertThat(lease().getSpec().getRenewTime()).isAfter(before.plusSeconds(10));
    });
    assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("restarted-pod");
    assertThat(lease().getSpec().getLeaseTransitions()).isEqualTo(2);
  }

  private Lease lease() {
    return client.leases().inNamespace(HelmChart.NAMESPACE).withName(LEASE).get();
  }

  private Session session() {
    return client.resources(Session.class).inNamespace(NS).withName("webapp-1").get();
  }
}
