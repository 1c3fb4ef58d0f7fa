package dev.ao.operator.chart;

import static dev.ao.operator.chart.HelmChart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NetworkPolicy around agent pods: who may reach the runner, and where agents may go. */
class AgentNetworkPolicyChartTest {
  private static final Map<String, Object> TEAM_A = Map.of("watchNamespaces", List.of("team-a"));

  @Test
  void should_select_agent_pods_and_admit_only_the_operator_to_the_runner_port() {
    JsonNode policy = HelmChart.render(TEAM_A).one("NetworkPolicy", FULLNAME + "-agents");

    assertThat(policy.path("metadata").path("namespace").asText()).isEqualTo("team-a");
    JsonNode selector = policy.path("spec").path("podSelector").path("matchLabels");
    assertThat(selector.path("app.kubernetes.io/managed-by").asText()).isEqualTo("agent-orchestrator");
    assertThat(selector.path("agent-orchestrator.io/component").asText()).isEqualTo("agent");
    JsonNode ingress = policy.path("spec").path("ingress");
    assertThat(ingress).hasSize(1);
    JsonNode from = ingress.get(0).path("from");
    assertThat(from).hasSize(1);
    assertThat(from.get(0).path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText()).isEqualTo(HelmChart.NAMESPACE);
    assertThat(from.get(0).path("podSelector").path("matchLabels").path("app.kubernetes.io/component").asText()).isEqualTo("operator");
    assertThat(ingress.get(0).path("ports").get(0).path("port").asInt()).isEqualTo(7420);
  }

  @Test
  void should_allow_dns_and_public_https_and_http_by_default_never_cluster_ranges() {
    JsonNode egress = HelmChart.render(TEAM_A).one("NetworkPolicy").path("spec").path("egress");

    assertThat(ports(egress.get(0))).containsExactly("UDP/53", "TCP/53");
    JsonNode publicRule = egress.get(1);
    assertThat(ports(publicRule)).containsExactly("TCP/443", "TCP/80");
    JsonNode block = publicRule.path("to").get(0).path("ipBlock");
    assertThat(block.path("cidr").asText()).isEqualTo("0.0.0.0/0");
    // Private, shared and link-local: no cluster-internal address and no cloud metadata endpoint.
    assertThat(block.path("except").toString())
        .isEqualTo("[\"10.0.0.0/8\",\"172.16.0.0/12\",\"192.168.0.0/16\",\"100.64.0.0/10\",\"169.254.0.0/16\"]");
    assertThat(egress).hasSize(2);
  }

  @Test
  void should_open_only_the_presets_asked_for() {
    Map<String, Object> sshOnly = Map.of("watchNamespaces", List.of("team-a"), "networkPolicy", Map.of("egress", Map.of("presets",
        Map.of("dns", true, "modelApis", false, "gitHttps", false, "packageRegistries", false, "gitSsh", true))));
    JsonNode egress = HelmChart.render(sshOnly).one("NetworkPolicy").path("spec").path("egress");

    assertThat(egress).hasSize(2);
    assertThat(ports(egress.get(1))).containsExactly("TCP/22");
  }

  @Test
  void should_reach_the_kubernetes_api_for_orchestrators_only_at_the_addresses_given() {
    Map<String, Object> api = Map.of("watchNamespaces", List.of("team-a"), "networkPolicy", Map.of("egress", Map.of(
        "presets", Map.of("kubernetesApi", true), "kubernetesApi", Map.of("cidrs", List.of("172.18.0.2/32")))));
    JsonNode egress = HelmChart.render(api).one("NetworkPolicy").path("spec").path("egress");
    JsonNode apiRule = egress.get(egress.size() - 1);

    assertThat(apiRule.path("to").get(0).path("ipBlock").path("cidr").asText()).isEqualTo("172.18.0.2/32");
    assertThat(ports(apiRule)).containsExactly("TCP/443", "TCP/6443");
    assertThatThrownBy(() -> HelmChart.render(Map.of("watchNamespaces", List.of("team-a"),
        "networkPolicy", Map.of("egress", Map.of("presets", Map.of("kubernetesApi", true))))))
        .hasMessageContaining("/networkPolicy/egress/kubernetesApi/cidrs");
  }

  @Test
  void should_allow_all_egress_when_switched_on_and_append_extra_rules_otherwise() {
    JsonNode open = HelmChart.render(Map.of("watchNamespaces", List.of("team-a"),
        "networkPolicy", Map.of("egress", Map.of("allowAll", true)))).one("NetworkPolicy").path("spec").path("egress");
    assertThat(open.toString()).isEqualTo("[{}]");

    Map<String, Object> proxy = Map.of("to", List.of(Map.of("ipBlock", Map.of("cidr", "10.20.0.5/32"))), "ports", List.of(Map.of("protocol", "TCP", "port", 3128)));
    JsonNode withProxy = HelmChart.render(Map.of("watchNamespaces", List.of("team-a"),
        "networkPolicy", Map.of("egress", Map.of("extra", List.of(proxy))))).one("NetworkPolicy").path("spec").path("egress");
    assertThat(ports(withProxy.get(withProxy.size() - 1))).containsExactly("TCP/3128");
  }

  @Test
  void should_render_one_policy_per_agent_namespace_and_none_without_a_known_namespace() {
    HelmChart.Rendered two = HelmChart.render(Map.of("networkPolicy", Map.of("namespaces", List.of("team-a", "team-b"))));
    assertThat(two.all("NetworkPolicy").stream().map(p -> p.path("metadata").path("namespace").asText())).containsExactly("team-a", "team-b");

    assertThat(HelmChart.render().all("NetworkPolicy")).isEmpty();
    assertThat(HelmChart.render(Map.of("watchNamespaces", List.of("team-a"), "networkPolicy", Map.of("enabled", false))).all("NetworkPolicy")).isEmpty();
  }

  private static List<String> ports(JsonNode rule) {
    List<String> ports = new ArrayList<>();
    rule.path("ports").forEach(p -> ports.add(p.path("protocol").asText() + "/" + p.path("port").asText()));
    return ports;
  }
}
