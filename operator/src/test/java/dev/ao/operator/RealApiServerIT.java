package dev.ao.operator;

import static dev.ao.operator.testing.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.chart.HelmChart;
import dev.ao.operator.status.Conditions;
import dev.ao.operator.status.StatusWriter;
import dev.ao.operator.testing.Fixtures;
import dev.ao.operator.testing.RealApiServer;
import dev.ao.operator.testing.TestApiServer;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only a real kube-apiserver checks, and the mock server lets through: CRD schema validation and
 * defaults, the status subresource, optimistic locking, and RBAC with the chart's permissions. Runs in
 * every build on a machine with the binaries (e2e/node/build-kubernetes.sh), whichever API server the
 * other ITs use; skipped with the reason without them, unless -Dao.it.apiserver=real asked for them.
 */
class RealApiServerIT {
  private static RealApiServer server;
  private static KubernetesClient admin;
  private static KubernetesClient operator;

  @BeforeAll
  static void start() {
    String missing = RealApiServer.unavailable();
    Assumptions.assumeTrue(missing == null || TestApiServer.selected() == TestApiServer.Kind.REAL,
        () -> "no real kube-apiserver on this machine: " + missing);
    server = RealApiServer.shared();
    admin = server.adminClient();
    operator = server.client(server.operatorToken(), b -> b);
  }

  @AfterAll
  static void stop() {
    if (admin != null) {
      admin.close();
      operator.close();
    }
  }

  @BeforeEach
  void empty() {
    admin.resources(Session.class).inNamespace(NS).withName("real-1").withGracePeriod(0).delete();
    admin.resources(Session.class).inNamespace(NS).withName("real-1").waitUntilCondition(s -> s == null, 10, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Test
  void should_accept_the_status_the_operator_writes_and_refuse_an_empty_string_in_it() {
    Session session = admin.resource(Fixtures.issueSession("real-1", "webapp", "42")).create();
    SessionStatus status = new SessionStatus();
    status.phase = SessionPhase.Spawning;
    status.message = "";
    Conditions.set(status.conditions, "Ready", false, "PodPending", null, 1L, Instant.now());
    session.setStatus(status);

    assertThat(new StatusWriter(operator).write(session)).isTrue();
    assertThat(get().getStatus().phase).isEqualTo(SessionPhase.Spawning);

    // What the operator used to send: kube-apiserver 1.20 built with a newer Go reads "" as null.
    String withEmptyMessage = "{\"apiVersion\":\"agent-orchestrator.io/v1alpha1\",\"kind\":\"Session\",\"metadata\":{\"name\":\"real-1\","
        + "\"namespace\":\"" + NS + "\",\"resourceVersion\":\"" + get().getMetadata().getResourceVersion() + "\"},"
        + "\"status\":{\"phase\":\"Working\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\",\"reason\":\"Running\",\"message\":\"\"}]}}";
    assertThatThrownBy(() -> admin.resource(admin.getKubernetesSerialization().unmarshal(withEmptyMessage, Session.class)).updateStatus())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
        .hasMessageContaining("status.conditions.message");
  }

  @Test
  void should_answer_a_stale_status_write_with_false_and_keep_the_newer_status() {
    Session read = admin.resource(Fixtures.issueSession("real-1", "webapp", "42")).create();
    Session newer = admin.resources(Session.class).inNamespace(NS).withName("real-1").get();
    newer.setStatus(new SessionStatus());
    newer.getStatus().phase = SessionPhase.Working;
    assertThat(new StatusWriter(operator).write(newer)).isTrue();

    read.setStatus(new SessionStatus());
    read.getStatus().phase = SessionPhase.Errored;
    assertThat(new StatusWriter(operator).write(read)).as("a write decided on a stale read loses (409)").isFalse();
    assertThat(get().getStatus().phase).isEqualTo(SessionPhase.Working);
  }

  @Test
  void should_validate_specs_against_the_crd_schema_and_fill_in_its_defaults() {
    Session bad = Fixtures.issueSession("real-1", "webapp", "42");
    bad.getSpec().branch = "-not a branch";
    assertThatThrownBy(() -> admin.resource(bad).create())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422))
        .hasMessageContaining("spec.branch");

    admin.resource("""
        apiVersion: agent-orchestrator.io/v1alpha1
        kind: Session
        metadata: {name: real-1, namespace: %s}
        spec: {project: webapp, issue: "42"}
        """.formatted(NS)).create();
    assertThat(get().getSpec().role).as("the CRD's default").isEqualTo(SessionRole.WORKER);
  }

  @Test
  void should_keep_spec_and_status_apart_on_the_status_subresource() {
    Session created = admin.resource(Fixtures.issueSession("real-1", "webapp", "42")).create();
    created.getSpec().prompt = "changed through the status subresource";
    created.setStatus(new SessionStatus());
    created.getStatus().phase = SessionPhase.Working;
    assertThat(new StatusWriter(operator).write(created)).isTrue();

    Session after = get();
    assertThat(after.getSpec().prompt).as("a status write leaves the spec alone").isNull();
    assertThat(after.getStatus().phase).isEqualTo(SessionPhase.Working);
    assertThat(after.getMetadata().getGeneration()).isEqualTo(1L);

    after.getSpec().prompt = "a spec change";
    admin.resource(after).update();
    assertThat(get().getMetadata().getGeneration()).as("a spec change bumps the generation").isEqualTo(2L);
    assertThat(get().getStatus().phase).as("a spec write leaves the status alone").isEqualTo(SessionPhase.Working);
  }

  @Test
  void should_let_the_charts_identity_hold_a_lease_by_create_and_patch_as_fabric8_does() {
    LeaseLock lock = new LeaseLock(HelmChart.NAMESPACE, "real-api-it-lease", "replica-a");
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    if (lock.get(operator) == null) {
      lock.create(operator, new LeaderElectionRecord("replica-a", Duration.ofSeconds(15), now, now, 0));
    }
    lock.get(operator);
    lock.update(operator, new LeaderElectionRecord("replica-a", Duration.ofSeconds(15), now, now.plusSeconds(2), 0));

    assertThat(lock.get(operator).getRenewTime()).isAfter(now.plusSeconds(1));
  }

  private static Session get() {
    return admin.resources(Session.class).inNamespace(NS).withName("real-1").get();
  }
}
