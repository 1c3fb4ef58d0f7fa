package dev.ao.operator.session;

import static dev.ao.operator.testing.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.testing.Fixtures;
import dev.ao.operator.testing.KubeletSimulator;
import dev.ao.operator.testing.OperatorHarness;
import dev.ao.operator.testing.TestOperatorConfig;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator against the Kubernetes API as a real HTTP server: Session → Secret, PVC, Pod, status. */
class SessionReconcilerIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private OperatorHarness harness;
  private KubernetesClient client;
  private KubeletSimulator kubelet;

  @BeforeEach
  void start() {
    harness = new OperatorHarness(TestOperatorConfig.fast());
    client = harness.client();
    kubelet = new KubeletSimulator(client);
    Fixtures.projectSecrets().forEach(s -> client.resource(s).create());
    harness.start();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void should_create_owned_secret_pvc_and_pod_then_report_working_when_the_pod_runs() throws InterruptedException {
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("webapp-1", "webapp", "42")).create();

    Pod pod = awaitPod("webapp-1-agent");
    Session session = get("webapp-1");
    String uid = session.getMetadata().getUid();
    assertThat(pod.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
      assertThat(o.getUid()).isEqualTo(uid);
      assertThat(o.getController()).isTrue();
    });
    assertThat(pod.getSpec().getInitContainers()).singleElement().satisfies(c -> assertThat(c.getCommand()).containsExactly("/usr/bin/tini", "--", "ao-runner", "workspace"));
    assertThat(pod.getSpec().getContainers().get(0).getImage()).isEqualTo("registry.test/ao/agent-claude-code:1.2.3");
    PersistentVolumeClaim pvc = client.persistentVolumeClaims().inNamespace(NS).withName("webapp-1-workspace").get();
    assertThat(pvc.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("10Gi");
    assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("fast-ssd");
    assertThat(pvc.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> assertThat(o.getUid()).isEqualTo(uid));
    Secret token = client.secrets().inNamespace(NS).withName("webapp-1-runner").get();
    assertThat(token.getData()).containsKeys("token", "prompt");
    assertThat(token.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> assertThat(o.getUid()).isEqualTo(uid));
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(get("webapp-1").getStatus().phase).isEqualTo(SessionPhase.Spawning);
      assertThat(get("webapp-1").getStatus().branch).isEqualTo("feat/42");
    });

    kubelet.running(NS, "webapp-1-agent");

    await().atMost(WAIT).untilAsserted(() -> {
      Session s = get("webapp-1");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Working);
      assertThat(condition(s, "WorkspaceReady").getStatus()).isEqualTo("True");
      assertThat(condition(s, "AgentRunning").getStatus()).isEqualTo("True");
      assertThat(condition(s, "Ready").getStatus()).isEqualTo("True");
      assertThat(s.getStatus().observedGeneration).isEqualTo(s.getMetadata().getGeneration());
    });
    await().atMost(WAIT).untilAsserted(() -> assertThat(eventReasons("webapp-1")).contains("PhaseSpawning", "PhaseWorking"));

    // Steady state: an unchanged observation writes nothing (a write per reconcile would feed itself forever).
    String version = get("webapp-1").getMetadata().getResourceVersion();
    Thread.sleep(3000);
    assertThat(get("webapp-1").getMetadata().getResourceVersion()).isEqualTo(version);
  }

  @Test
  void should_report_errored_with_the_init_containers_reason_when_the_workspace_fails() {
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("webapp-2", "webapp", "7")).create();
    awaitPod("webapp-2-agent");

    kubelet.initFailed(NS, "webapp-2-agent", 3, "clone failed: repository https://github.com/acme/webapp.git not found");

    await().atMost(WAIT).untilAsserted(() -> {
      Session s = get("webapp-2");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Errored);
      assertThat(s.getStatus().message).contains("workspace preparation failed").contains("repository").contains("not found");
      assertThat(condition(s, "WorkspaceReady").getStatus()).isEqualTo("False");
      assertThat(condition(s, "Ready").getReason()).isEqualTo("WorkspaceFailed");
    });
    await().atMost(WAIT).untilAsserted(() -> assertThat(eventReasons("webapp-2")).contains("WorkspaceFailed"));
  }

  @Test
  void should_error_and_create_nothing_when_the_project_is_missing_then_start_once_it_exists() {
    client.resource(Fixtures.issueSession("ghost-1", "ghost", "1")).create();

    await().atMost(WAIT).untilAsserted(() -> {
      Session s = get("ghost-1");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Errored);
      assertThat(s.getStatus().message).contains("Project \"ghost\" not found in namespace team-a");
      assertThat(condition(s, "Ready").getReason()).isEqualTo("ProjectNotFound");
    });
    assertThat(eventReasons("ghost-1")).contains("ProjectNotFound");
    assertThat(ownedBy("ghost-1")).isEmpty();

    client.resource(Fixtures.project("ghost")).create();
    awaitPod("ghost-1-agent");
  }

  @Test
  void should_queue_over_the_limit_and_start_when_a_running_session_is_deleted() {
    client.resource(Fixtures.limited("capped", 1)).create();
    client.resource(Fixtures.issueSession("capped-1", "capped", "1")).create();
    awaitPod("capped-1-agent");
    client.resource(Fixtures.issueSession("capped-2", "capped", "2")).create();

    await().atMost(WAIT).untilAsserted(() -> {
      Session s = get("capped-2");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Queued);
      assertThat(s.getStatus().message).contains("1 of 1").contains("position 1");
    });
    assertThat(client.pods().inNamespace(NS).withName("capped-2-agent").get()).isNull();

    client.resources(Session.class).inNamespace(NS).withName("capped-1").delete();

    awaitPod("capped-2-agent");
    await().atMost(WAIT).untilAsserted(() -> assertThat(get("capped-2").getStatus().phase).isEqualTo(SessionPhase.Spawning));
  }

  @Test
  void should_delete_everything_a_session_owns_when_it_is_deleted_and_keep_the_workspace_on_request() {
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("gone-1", "webapp", "11")).create();
    client.resource(Fixtures.issueSession("kept-1", "webapp", "12")).create();
    awaitPod("gone-1-agent");
    awaitPod("kept-1-agent");

    client.resources(Session.class).inNamespace(NS).withName("gone-1").delete();
    Session kept = get("kept-1");
    kept.getMetadata().setAnnotations(Map.of(ApiGroup.ANNOTATION_KEEP_WORKSPACE, "true"));
    client.resource(kept).update();
    client.resources(Session.class).inNamespace(NS).withName("kept-1").delete();

    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(get("gone-1")).isNull();
      assertThat(ownedBy("gone-1")).isEmpty();
      assertThat(client.pods().inNamespace(NS).withName("kept-1-agent").get()).isNull();
      assertThat(client.secrets().inNamespace(NS).withName("kept-1-runner").get()).isNull();
      PersistentVolumeClaim pvc = client.persistentVolumeClaims().inNamespace(NS).withName("kept-1-workspace").get();
      assertThat(pvc).isNotNull();
      assertThat(pvc.getMetadata().getOwnerReferences()).isNullOrEmpty();
    });
  }

  @Test
  void should_not_duplicate_objects_or_lose_status_when_the_operator_restarts() {
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("restart-1", "webapp", "5")).create();
    awaitPod("restart-1-agent");
    String tokenBefore = client.secrets().inNamespace(NS).withName("restart-1-runner").get().getData().get("token");

    harness.stop();
    kubelet.running(NS, "restart-1-agent");
    client.resource(Fixtures.issueSession("restart-2", "webapp", "5")).create();
    harness.start();

    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(get("restart-1").getStatus().phase).isEqualTo(SessionPhase.Working);
      assertThat(get("restart-2").getStatus().branch).isEqualTo("feat/5-2");
    });
    assertThat(get("restart-1").getStatus().branch).isEqualTo("feat/5");
    assertThat(client.pods().inNamespace(NS).withLabel(ApiGroup.LABEL_SESSION, "restart-1").list().getItems()).hasSize(1);
    assertThat(client.secrets().inNamespace(NS).withName("restart-1-runner").get().getData().get("token")).isEqualTo(tokenBefore);
  }

  @Test
  void should_recreate_the_pod_on_the_same_workspace_when_an_errored_session_is_restored() {
    client.resource(Fixtures.project("webapp")).create();
    client.resource(Fixtures.issueSession("fix-1", "webapp", "9")).create();
    awaitPod("fix-1-agent");
    kubelet.agentExited(NS, "fix-1-agent", 2, "agent crashed");
    await().atMost(WAIT).untilAsserted(() -> assertThat(get("fix-1").getStatus().phase).isEqualTo(SessionPhase.Errored));
    String podUid = client.pods().inNamespace(NS).withName("fix-1-agent").get().getMetadata().getUid();

    Session s = get("fix-1");
    s.getMetadata().setAnnotations(Map.of(ApiGroup.ANNOTATION_RESTORE, "2026-11-24T12:00:00Z"));
    client.resource(s).update();

    await().atMost(WAIT).untilAsserted(() -> {
      Pod pod = client.pods().inNamespace(NS).withName("fix-1-agent").get();
      assertThat(pod).isNotNull();
      assertThat(pod.getMetadata().getUid()).isNotEqualTo(podUid);
      assertThat(get("fix-1").getStatus().phase).isEqualTo(SessionPhase.Spawning);
    });
  }

  @Test
  void should_give_an_orchestrator_session_its_own_account_and_remove_it_with_the_session() {
    client.resource(Fixtures.project("webapp")).create();
    Session orchestrator = Fixtures.promptSession("webapp-orchestrator", "webapp", "plan the sprint");
    orchestrator.getSpec().role = dev.ao.api.v1alpha1.session.SessionRole.ORCHESTRATOR;
    client.resource(orchestrator).create();

    Pod pod = awaitPod("webapp-orchestrator-agent");
    String account = "webapp-orchestrator-orchestrator";
    assertThat(pod.getSpec().getServiceAccountName()).isEqualTo(account);
    assertThat(client.serviceAccounts().inNamespace(NS).withName(account).get()).isNotNull();
    assertThat(client.rbac().roles().inNamespace(NS).withName(account).get().getRules()).hasSize(3);
    assertThat(client.rbac().roleBindings().inNamespace(NS).withName(account).get().getRoleRef().getName()).isEqualTo(account);

    client.resources(Session.class).inNamespace(NS).withName("webapp-orchestrator").delete();
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(client.serviceAccounts().inNamespace(NS).withName(account).get()).isNull();
      assertThat(client.rbac().roles().inNamespace(NS).withName(account).get()).isNull();
      assertThat(client.rbac().roleBindings().inNamespace(NS).withName(account).get()).isNull();
    });
  }

  private Pod awaitPod(String name) {
    return await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName(name).get(), p -> p != null);
  }

  private Session get(String name) {
    return client.resources(Session.class).inNamespace(NS).withName(name).get();
  }

  private List<Object> ownedBy(String session) {
    List<Object> all = new java.util.ArrayList<>();
    all.addAll(client.pods().inNamespace(NS).withLabel(ApiGroup.LABEL_SESSION, session).list().getItems());
    all.addAll(client.persistentVolumeClaims().inNamespace(NS).withLabel(ApiGroup.LABEL_SESSION, session).list().getItems());
    all.addAll(client.secrets().inNamespace(NS).withLabel(ApiGroup.LABEL_SESSION, session).list().getItems());
    return all;
  }

  private List<String> eventReasons(String session) {
    return client.v1().events().inNamespace(NS).list().getItems().stream()
        .filter(e -> session.equals(e.getInvolvedObject().getName()))
        .map(Event::getReason)
        .toList();
  }

  private static Condition condition(Session s, String type) {
    return s.getStatus().conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
  }

  @SuppressWarnings("unused")
  private Project project(String name) {
    return client.resources(Project.class).inNamespace(NS).withName(name).get();
  }
}
