package dev.ao.operator.chart;

import static dev.ao.operator.chart.HelmChart.FULLNAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metrics Service, ServiceMonitor, PrometheusRule and the Grafana dashboard ConfigMap. */
class MonitoringChartTest {
  static final Map<String, Object> ALL_ON = Map.of("metrics", Map.of(
      "serviceMonitor", Map.of("enabled", true, "labels", Map.of("release", "kube-prometheus-stack")),
      "prometheusRule", Map.of("enabled", true, "alertLabels", Map.of("team", "platform")),
      "grafanaDashboard", Map.of("enabled", true, "namespace", "monitoring")));

  @Test
  void should_expose_the_management_port_through_a_metrics_service_by_default_and_nothing_optional() {
    HelmChart.Rendered rendered = HelmChart.render();
    JsonNode service = rendered.one("Service", FULLNAME + "-metrics");

    assertThat(service.path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(9000);
    assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("management");
    JsonNode podLabels = rendered.one("Deployment", FULLNAME).path("spec").path("template").path("metadata").path("labels");
    service.path("spec").path("selector").fields().forEachRemaining(e -> assertThat(podLabels.path(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
    assertThat(rendered.all("ServiceMonitor")).isEmpty();
    assertThat(rendered.all("PrometheusRule")).isEmpty();
    assertThat(rendered.all("ConfigMap")).isEmpty();
  }

  @Test
  void should_scrape_q_metrics_on_the_service_port_keeping_the_sessions_namespace_label() {
    JsonNode monitor = HelmChart.render(ALL_ON).one("ServiceMonitor", FULLNAME);

    assertThat(monitor.path("metadata").path("labels").path("release").asText()).isEqualTo("kube-prometheus-stack");
    JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
    assertThat(endpoint.path("port").asText()).isEqualTo("metrics");
    assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
    assertThat(endpoint.path("honorLabels").asBoolean()).isTrue();
    assertThat(monitor.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/component").asText()).isEqualTo("operator");
  }

  @Test
  void should_alert_on_operator_down_rate_limit_stuck_sessions_failing_reactions_and_reconcile_errors() {
    List<JsonNode> rules = alertRules(HelmChart.render(ALL_ON));

    assertThat(rules.stream().map(r -> r.path("alert").asText())).containsExactlyInAnyOrder(
        "AgentOrchestratorOperatorDown", "AgentOrchestratorGitHubRateLimitLow", "AgentOrchestratorSessionsStuck",
        "AgentOrchestratorReactionsFailing", "AgentOrchestratorNotifierFailing", "AgentOrchestratorReconcileErrors");
    for (JsonNode rule : rules) {
      assertThat(rule.path("labels").path("severity").asText()).as(rule.path("alert").asText()).isIn("critical", "warning");
      assertThat(rule.path("labels").path("team").asText()).isEqualTo("platform");
      assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
      // Scoped to this release's scrape job, so two installs never trip each other's alerts.
      assertThat(rule.path("expr").asText()).contains("job=\"" + FULLNAME + "-metrics\"");
    }
    JsonNode rateLimit = rules.stream().filter(r -> r.path("alert").asText().endsWith("RateLimitLow")).findFirst().orElseThrow();
    assertThat(rateLimit.path("expr").asText()).endsWith("< 0.1");
  }

  @Test
  void should_ship_the_dashboard_as_a_sidecar_discoverable_config_map() {
    JsonNode map = HelmChart.render(ALL_ON).one("ConfigMap", FULLNAME + "-dashboard");

    assertThat(map.path("metadata").path("namespace").asText()).isEqualTo("monitoring");
    assertThat(map.path("metadata").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
    JsonNode dashboard = HelmChart.json(map.path("data").path("agent-orchestrator.json").asText());
    List<String> titles = new ArrayList<>();
    dashboard.path("panels").forEach(p -> titles.add(p.path("title").asText()));
    assertThat(titles).contains("Sessions by phase", "Sessions by project", "Spawn rate", "Time to first PR", "Time from PR to merge",
        "Reactions fired by key", "Reactions escalated and failed by key", "Messages delivered and notifications",
        "GitHub requests by result", "Rate-limit budget remaining", "Reconcile duration", "Reconciles and errors");
    // Grafana's own {{legend}} templates survive Helm untouched.
    assertThat(map.path("data").path("agent-orchestrator.json").asText()).contains("\"legendFormat\": \"{{phase}}\"");
  }

  static List<JsonNode> alertRules(HelmChart.Rendered rendered) {
    List<JsonNode> rules = new ArrayList<>();
    rendered.one("PrometheusRule", FULLNAME).path("spec").path("groups").forEach(g -> g.path("rules").forEach(rules::add));
    return rules;
  }
}
