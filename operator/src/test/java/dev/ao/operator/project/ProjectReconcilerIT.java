package dev.ao.operator.project;

import static dev.ao.operator.testing.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.testing.Fixtures;
import dev.ao.operator.testing.KubeletSimulator;
import dev.ao.operator.testing.OperatorHarness;
import dev.ao.operator.testing.TestOperatorConfig;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Project validation, session counts and guarded deletion, against the API as an HTTP server. */
class ProjectReconcilerIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private OperatorHarness harness;
  private KubernetesClient client;

  @BeforeEach
  void start() {
    harness = new OperatorHarness(TestOperatorConfig.fast());
    client = harness.client();
    harness.start();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void should_be_not_ready_naming_the_missing_secret_and_its_fix_and_hold_sessions_back() {
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("webapp-1", "webapp", "3")).create();

    await().atMost(WAIT).untilAsserted(() -> {
      Project p = get("webapp");
      assertThat(p.getStatus().phase).isEqualTo("NotReady");
      assertThat(p.getStatus().message)
          .contains("spec.repo.tokenSecret: Secret \"github-token\" not found in namespace team-a")
          .contains("kubectl create secret generic github-token -n team-a --from-literal=token=<value>");
      Session s = client.resources(Session.class).inNamespace(NS).withName("webapp-1").get();
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Errored);
      assertThat(s.getStatus().message).contains("Project \"webapp\" is not ready");
    });
    assertThat(client.pods().inNamespace(NS).list().getItems()).isEmpty();
    assertThat(events("webapp")).contains("NotReady");

    Fixtures.projectSecrets().forEach(s -> client.resource(s).create());

    // The Project re-checks its Secrets every minute; a spec touch makes it immediate.
    Project p = get("webapp");
    p.getSpec().agentRules = "Run the tests before pushing.";
    client.resource(p).update();
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(get("webapp").getStatus().phase).isEqualTo("Ready");
      assertThat(client.pods().inNamespace(NS).withName("webapp-1-agent").get()).isNotNull();
    });
  }

  @Test
  void should_count_sessions_by_phase_and_list_available_agent_profiles() {
    Fixtures.projectSecrets().forEach(s -> client.resource(s).create());
    client.resource(Fixtures.limited("webapp", 1)).create();
    client.resource(Fixtures.issueSession("webapp-1", "webapp", "1")).create();
    await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName("webapp-1-agent").get() != null);
    client.resource(Fixtures.issueSession("webapp-2", "webapp", "2")).create();
    new KubeletSimulator(client).running(NS, "webapp-1-agent");

    await().atMost(WAIT).untilAsserted(() -> {
      Project p = get("webapp");
      assertThat(p.getStatus().sessions).isEqualTo(2);
      assertThat(p.getStatus().sessionsByPhase).containsEntry("Working", 1).containsEntry("Queued", 1);
      assertThat(p.getStatus().agentProfiles).contains("claude-code", "codex", "aider", "opencode");
    });
  }

  @Test
  void should_hold_deletion_while_sessions_use_the_project_and_say_which() {
    Fixtures.projectSecrets().forEach(s -> client.resource(s).create());
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("webapp-1", "webapp", "1")).create();
    await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName("webapp-1-agent").get() != null);

    client.resources(Project.class).inNamespace(NS).withName("webapp").delete();

    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(get("webapp")).isNotNull();
      assertThat(get("webapp").getMetadata().getDeletionTimestamp()).isNotNull();
      assertThat(events("webapp")).contains("DeletionBlocked");
    });
    client.resources(Session.class).inNamespace(NS).withName("webapp-1").delete();
    await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(get("webapp")).isNull());
  }

  private Project get(String name) {
    return client.resources(Project.class).inNamespace(NS).withName(name).get();
  }

  private List<String> events(String name) {
    return client.v1().events().inNamespace(NS).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .map(Event::getReason)
        .toList();
  }
}
