package dev.ao.operator.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.agent.BuiltInAgentProfiles;
import dev.ao.operator.testing.Fixtures;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DesiredStorageAndSecretTest {
  private static SessionPlan plan(Project project, Session session) {
    session.getMetadata().setUid("uid-7");
    var agent = new AgentResolver(BuiltInAgentProfiles.load("r", "t")).resolve(project.getSpec(), session.getSpec()).agent();
    return SessionPlanner.plan(session, project, agent, "feat/1", SessionPlanner.issueOnly(session), 7420, 60);
  }

  @Test
  void should_size_and_class_the_workspace_from_the_project_and_own_it() {
    PersistentVolumeClaim pvc = WorkspacePvcFactory.desired(plan(Fixtures.project("webapp"), Fixtures.issueSession("webapp-1", "webapp", "1")));
    assertThat(pvc.getMetadata().getName()).isEqualTo("webapp-1-workspace");
    assertThat(pvc.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("10Gi");
    assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("fast-ssd");
    assertThat(pvc.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    assertThat(pvc.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
      assertThat(o.getUid()).isEqualTo("uid-7");
      assertThat(o.getKind()).isEqualTo("Session");
    });
    assertThat(pvc.getMetadata().getLabels()).containsEntry("agent-orchestrator.io/session", "webapp-1")
        .containsEntry("app.kubernetes.io/managed-by", "agent-orchestrator");
  }

  @Test
  void should_default_the_workspace_to_5Gi_on_the_cluster_default_class() {
    Project project = Fixtures.project("webapp");
    project.getSpec().workspace = null;
    PersistentVolumeClaim pvc = WorkspacePvcFactory.desired(plan(project, Fixtures.issueSession("webapp-2", "webapp", "2")));
    assertThat(pvc.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("5Gi");
    assertThat(pvc.getSpec().getStorageClassName()).isNull();
  }

  @Test
  void should_hold_the_token_and_the_rendered_prompt_in_the_runner_secret() {
    Session session = Fixtures.issueSession("webapp-3", "webapp", "42");
    session.getSpec().prompt = "Also update the changelog.";
    Secret secret = RunnerSecretFactory.desired(plan(Fixtures.project("webapp"), session), "tok-123");
    assertThat(decode(secret, "token")).isEqualTo("tok-123");
    assertThat(decode(secret, "prompt")).contains("Resolve issue #42").contains("Also update the changelog.").contains("feat/1");
    assertThat(secret.getMetadata().getOwnerReferences()).hasSize(1);
  }

  private static String decode(Secret s, String key) {
    return new String(Base64.getDecoder().decode(s.getData().get(key)), StandardCharsets.UTF_8);
  }
}
