package dev.ao.operator.chart;

import static dev.ao.operator.chart.HelmChart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator Deployment as `helm template` renders it: image, security, probes, leader election, scheduling. */
class OperatorDeploymentChartTest {

  @Test
  void should_run_the_operator_image_under_the_restricted_pod_security_standard() {
    JsonNode pod = podSpec(HelmChart.render());
    JsonNode container = pod.path("containers").get(0);

    assertThat(container.path("image").asText()).isEqualTo("ghcr.io/agent-orchestrator/operator:0.1.0");
    assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
    assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
    JsonNode security = container.path("securityContext");
    assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
    assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(security.path("capabilities").path("drop").toString()).isEqualTo("[\"ALL\"]");
    // A read-only root needs somewhere for the JVM's temporary files.
    assertThat(container.path("volumeMounts").get(0).path("mountPath").asText()).isEqualTo("/tmp");
    assertThat(pod.path("volumes").get(0).has("emptyDir")).isTrue();
  }

  @Test
  void should_probe_the_health_endpoints_on_the_management_port() {
    JsonNode container = podSpec(HelmChart.render()).path("containers").get(0);

    assertThat(container.path("ports").get(0).path("name").asText()).isEqualTo("management");
    assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(9000);
    assertThat(probe(container, "startupProbe")).isEqualTo("/q/health/started@management");
    assertThat(probe(container, "livenessProbe")).isEqualTo("/q/health/live@management");
    assertThat(probe(container, "readinessProbe")).isEqualTo("/q/health/ready@management");
    assertThat(env(container, "QUARKUS_MANAGEMENT_PORT")).isEqualTo("9000");
  }

  @Test
  void should_elect_a_leader_through_a_lease_in_the_release_namespace() {
    JsonNode container = podSpec(HelmChart.render()).path("containers").get(0);

    assertThat(env(container, "AO_LEADER_ELECTION_ENABLED")).isEqualTo("true");
    assertThat(env(container, "AO_LEADER_ELECTION_LEASE_NAME")).isEqualTo(FULLNAME + "-leader");
    JsonNode leaseNamespace = envVar(container, "AO_LEADER_ELECTION_LEASE_NAMESPACE");
    assertThat(leaseNamespace.path("valueFrom").path("fieldRef").path("fieldPath").asText()).isEqualTo("metadata.namespace");
  }

  @Test
  void should_allow_two_replicas_only_with_leader_election() {
    HelmChart.Rendered ha = HelmChart.render(Map.of("replicaCount", 2));
    assertThat(ha.one("Deployment", FULLNAME).path("spec").path("replicas").asInt()).isEqualTo(2);

    assertThatThrownBy(() -> HelmChart.render(Map.of("replicaCount", 2, "leaderElection", Map.of("enabled", false))))
        .hasMessageContaining("replicaCount > 1 needs leaderElection.enabled=true");
  }

  @Test
  void should_watch_all_namespaces_by_default_and_only_the_listed_ones_otherwise() {
    assertThat(envVar(podSpec(HelmChart.render()).path("containers").get(0), "QUARKUS_OPERATOR_SDK_NAMESPACES").isMissingNode()).isTrue();

    JsonNode container = podSpec(HelmChart.render(Map.of("watchNamespaces", List.of("team-a", "team-b")))).path("containers").get(0);
    assertThat(env(container, "QUARKUS_OPERATOR_SDK_NAMESPACES")).isEqualTo("team-a,team-b");
  }

  @Test
  void should_pass_image_agent_and_scheduling_settings_through() {
    HelmChart.Rendered rendered = HelmChart.render(Map.of(
        "image", Map.of("repository", "registry.example.com/ai/operator", "tag", "0.2.0", "pullPolicy", "Always"),
        "agentImages", Map.of("registry", "registry.example.com/ai", "tag", "0.2.0"),
        "nodeSelector", Map.of("kubernetes.io/os", "linux"),
        "tolerations", List.of(Map.of("key", "dedicated", "operator", "Equal", "value", "agents", "effect", "NoSchedule")),
        "affinity", Map.of("podAntiAffinity", Map.of("preferredDuringSchedulingIgnoredDuringExecution", List.of())),
        "topologySpreadConstraints", List.of(Map.of("maxSkew", 1, "topologyKey", "topology.kubernetes.io/zone", "whenUnsatisfiable", "ScheduleAnyway"))));
    JsonNode pod = podSpec(rendered);
    JsonNode container = pod.path("containers").get(0);

    assertThat(container.path("image").asText()).isEqualTo("registry.example.com/ai/operator:0.2.0");
    assertThat(container.path("imagePullPolicy").asText()).isEqualTo("Always");
    assertThat(env(container, "AO_OPERATOR_IMAGE_REGISTRY")).isEqualTo("registry.example.com/ai");
    assertThat(env(container, "AO_OPERATOR_IMAGE_TAG")).isEqualTo("0.2.0");
    assertThat(pod.path("nodeSelector").path("kubernetes.io/os").asText()).isEqualTo("linux");
    assertThat(pod.path("tolerations").get(0).path("value").asText()).isEqualTo("agents");
    assertThat(pod.path("affinity").has("podAntiAffinity")).isTrue();
    assertThat(pod.path("topologySpreadConstraints").get(0).path("topologyKey").asText()).isEqualTo("topology.kubernetes.io/zone");
  }

  @Test
  void should_run_under_its_own_service_account_with_its_token_mounted() {
    HelmChart.Rendered rendered = HelmChart.render();
    JsonNode pod = podSpec(rendered);

    assertThat(pod.path("serviceAccountName").asText()).isEqualTo(FULLNAME);
    assertThat(pod.path("automountServiceAccountToken").asBoolean()).isTrue();
    assertThat(rendered.one("ServiceAccount", FULLNAME).path("metadata").path("namespace").asText()).isEqualTo(HelmChart.NAMESPACE);
  }

  static JsonNode podSpec(HelmChart.Rendered rendered) {
    return rendered.one("Deployment", FULLNAME).path("spec").path("template").path("spec");
  }

  static JsonNode envVar(JsonNode container, String name) {
    for (JsonNode e : container.path("env")) {
      if (name.equals(e.path("name").asText())) {
        return e;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  static String env(JsonNode container, String name) {
    JsonNode e = envVar(container, name);
    assertThat(e.isMissingNode()).as("env %s", name).isFalse();
    return e.path("value").asText();
  }

  private static String probe(JsonNode container, String probe) {
    JsonNode get = container.path(probe).path("httpGet");
    return get.path("path").asText() + "@" + get.path("port").asText();
  }
}
