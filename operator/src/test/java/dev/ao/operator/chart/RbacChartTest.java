package dev.ao.operator.chart;

import static dev.ao.operator.chart.HelmChart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the chart grants the operator's permissions: one ClusterRole when watching all namespaces,
 * the same rules as a Role per namespace otherwise, and the leader-election Lease only in the
 * release namespace. RbacRulesIT checks that the rules themselves are exactly what the operator uses.
 */
class RbacChartTest {

  @Test
  void should_bind_a_cluster_role_to_the_operator_when_watching_all_namespaces() {
    HelmChart.Rendered rendered = HelmChart.render();

    JsonNode binding = rendered.one("ClusterRoleBinding", FULLNAME);
    assertThat(binding.path("roleRef").path("name").asText()).isEqualTo(FULLNAME);
    assertThat(binding.path("subjects").get(0).path("name").asText()).isEqualTo(FULLNAME);
    assertThat(binding.path("subjects").get(0).path("namespace").asText()).isEqualTo(HelmChart.NAMESPACE);
    assertThat(rendered.one("ClusterRole", FULLNAME).path("rules").size()).isGreaterThan(0);
    assertThat(rendered.all("Role").stream().map(r -> r.path("metadata").path("name").asText())).containsExactly(FULLNAME + "-leader-election");
  }

  @Test
  void should_grant_nothing_cluster_wide_in_namespaced_mode_and_the_same_rules_in_each_namespace() {
    HelmChart.Rendered cluster = HelmChart.render();
    HelmChart.Rendered namespaced = HelmChart.render(Map.of("watchNamespaces", List.of("team-a", "team-b")));

    assertThat(namespaced.all("ClusterRole")).isEmpty();
    assertThat(namespaced.all("ClusterRoleBinding")).isEmpty();
    JsonNode clusterRules = cluster.one("ClusterRole", FULLNAME).path("rules");
    for (String ns : List.of("team-a", "team-b")) {
      JsonNode role = namespaced.all("Role").stream().filter(r -> r.path("metadata").path("namespace").asText().equals(ns)).findFirst().orElseThrow();
      assertThat(role.path("rules")).isEqualTo(clusterRules);
      JsonNode binding = namespaced.all("RoleBinding").stream().filter(r -> r.path("metadata").path("namespace").asText().equals(ns)).findFirst().orElseThrow();
      assertThat(binding.path("subjects").get(0).path("namespace").asText()).isEqualTo(HelmChart.NAMESPACE);
    }
  }

  @Test
  void should_hold_the_lease_permissions_only_in_the_release_namespace_and_only_with_leader_election() {
    JsonNode role = HelmChart.render().one("Role", FULLNAME + "-leader-election");
    assertThat(role.path("metadata").path("namespace").asText()).isEqualTo(HelmChart.NAMESPACE);
    assertThat(role.path("rules").toString()).isEqualTo(
        "[{\"apiGroups\":[\"coordination.k8s.io\"],\"resources\":[\"leases\"],\"verbs\":[\"get\",\"create\",\"update\",\"patch\"]}]");

    assertThat(HelmChart.render(Map.of("leaderElection", Map.of("enabled", false))).all("Role")).isEmpty();
  }

  @Test
  void should_create_no_rbac_when_told_and_use_an_existing_service_account() {
    HelmChart.Rendered rendered = HelmChart.render(Map.of("rbac", Map.of("create", false), "serviceAccount", Map.of("create", false, "name", "platform-ops")));

    assertThat(rendered.all("ClusterRole")).isEmpty();
    assertThat(rendered.all("Role")).isEmpty();
    assertThat(rendered.all("ServiceAccount")).isEmpty();
    assertThat(OperatorDeploymentChartTest.podSpec(rendered).path("serviceAccountName").asText()).isEqualTo("platform-ops");
  }
}
