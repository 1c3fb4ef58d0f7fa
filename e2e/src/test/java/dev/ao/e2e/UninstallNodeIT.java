package dev.ao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.project.Project;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The end of the product's life on a cluster: deleting a Project waits for its Sessions, and
 * {@code helm uninstall} leaves nothing of the release behind but the CRDs (Helm never deletes CRDs,
 * so the Projects and Sessions of other teams survive an uninstall; docs/operations.md says how to
 * remove them too).
 */
@Order(90)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class UninstallNodeIT {
  private static RealNode node;

  @BeforeAll
  static void setUp() {
    node = RealNode.get();
    NodeFixture.operatorInstalled(node);
  }

  @Test
  @Order(1)
  void deletingAProjectWaitsForItsSessions() {
    try (Team team = Team.create(node, "team-uninstall")) {
      team.createProject();
      team.createSession("holds-project", spec -> spec.prompt = "Wait.");
      Await.until(Duration.ofMinutes(2), "the Project to be Ready", () -> {
        Project p = project(team);
        return p.getStatus() != null && p.getStatus().conditions.stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
      });
      node.admin.resource(project(team)).delete();
      Await.until(Duration.ofSeconds(30), "the operator to hold the deletion with an Event", () ->
          node.admin.v1().events().inNamespace(team.namespace).list().getItems().stream()
              .anyMatch(e -> "DeletionBlocked".equals(e.getReason()) && e.getMessage().contains("holds-project")));
      assertThat(project(team)).as("the Project while a Session uses it").isNotNull();
      assertThat(project(team).getMetadata().getDeletionTimestamp()).isNotNull();

      node.admin.resource(team.session("holds-project")).delete();
      Await.until(Duration.ofSeconds(90), "the Project to go once its Session has", () -> project(team) == null);
    }
  }

  @Test
  @Order(2)
  void helmUninstallLeavesOnlyTheCrds() {
    OperatorRelease.uninstall(node);
    NodeFixture.forget();
    Await.until(Duration.ofSeconds(90), "the release's objects to be gone", () -> leftovers().isEmpty(), () -> leftovers().toString());
    assertThat(node.admin.apiextensions().v1().customResourceDefinitions().withName("sessions.agent-orchestrator.io").get()).isNotNull();
    assertThat(node.admin.apiextensions().v1().customResourceDefinitions().withName("projects.agent-orchestrator.io").get()).isNotNull();
  }

  private static Project project(Team team) {
    return node.admin.resources(Project.class).inNamespace(team.namespace).withName("webapp").get();
  }

  /** Everything labelled as part of the release, namespaced in the release namespace or cluster-wide. */
  private static List<String> leftovers() {
    String selector = "app.kubernetes.io/instance";
    List<HasMetadata> found = new ArrayList<>();
    var ns = node.admin.pods().inNamespace(OperatorRelease.NAMESPACE);
    found.addAll(ns.withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.apps().deployments().inNamespace(OperatorRelease.NAMESPACE).withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.services().inNamespace(OperatorRelease.NAMESPACE).withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.serviceAccounts().inNamespace(OperatorRelease.NAMESPACE).withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.configMaps().inNamespace(OperatorRelease.NAMESPACE).withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.rbac().roles().inAnyNamespace().withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.rbac().roleBindings().inAnyNamespace().withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.rbac().clusterRoles().withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.rbac().clusterRoleBindings().withLabel(selector, OperatorRelease.NAME).list().getItems());
    found.addAll(node.admin.network().v1().networkPolicies().inAnyNamespace().withLabel(selector, OperatorRelease.NAME).list().getItems());
    return found.stream().map(o -> o.getClass().getSimpleName() + "/" + o.getMetadata().getName()).toList();
  }
}
