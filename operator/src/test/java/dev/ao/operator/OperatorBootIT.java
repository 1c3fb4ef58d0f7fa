package dev.ao.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.testing.AdminClient;
import dev.ao.operator.testing.ApiServerTestResource;
import dev.ao.operator.testing.Fixtures;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.WithTestResource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The packaged Quarkus application (CDI wiring, application.properties, preflight) starts the
 * controllers against an API server and turns a Session into its agent Pod.
 */
@QuarkusTest
@WithTestResource(ApiServerTestResource.class)
class OperatorBootIT {
  // The test's own client: on the real API server the operator has only the chart's permissions.
  @AdminClient KubernetesClient client;

  @Test
  void should_boot_and_reconcile_a_session_into_a_pod() {
    Fixtures.projectSecrets().forEach(s -> client.resource(s).create());
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("webapp-1", "webapp", "42")).create();

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(client.pods().inNamespace(Fixtures.NS).withName("webapp-1-agent").get()).isNotNull();
      Session s = client.resources(Session.class).inNamespace(Fixtures.NS).withName("webapp-1").get();
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Spawning);
      assertThat(s.getStatus().agent).isEqualTo("claude-code");
    });
    String image = client.pods().inNamespace(Fixtures.NS).withName("webapp-1-agent").get().getSpec().getContainers().get(0).getImage();
    assertThat(image).isEqualTo("ghcr.io/agent-orchestrator/agent-claude-code:0.1.0");
  }
}
