package dev.ao.operator.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.LintResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `helm lint`, the values schema's messages for bad values, and how secrets are (not) handled. */
class ChartValuesTest {

  @Test
  void should_lint_clean_in_strict_mode() {
    LintResult lint = HelmChart.lint();

    assertThat(lint.isFailed()).as("%s", lint.getMessages()).isFalse();
    // Only the "icon is recommended" hint remains: the project has no logo to point at.
    assertThat(lint.getMessages()).allMatch(m -> m.startsWith("[INFO]"), "no warnings or errors");
  }

  @Test
  void should_reject_an_unknown_key_naming_it() {
    assertThatThrownBy(() -> HelmChart.render(Map.of("replicas", 2)))
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining("additional properties 'replicas' not allowed");
  }

  @Test
  void should_reject_a_bad_enum_listing_the_allowed_values() {
    assertThatThrownBy(() -> HelmChart.render(Map.of("image", Map.of("repository", "x/operator", "pullPolicy", "Sometimes"))))
        .hasMessageContaining("/image/pullPolicy")
        .hasMessageContaining("'Always', 'IfNotPresent', 'Never'");
  }

  @Test
  void should_reject_a_namespace_that_is_not_a_dns_label() {
    assertThatThrownBy(() -> HelmChart.render(Map.of("watchNamespaces", List.of("Team_A"))))
        .hasMessageContaining("/watchNamespaces/0")
        .hasMessageContaining("'Team_A' does not match pattern");
  }

  @Test
  void should_reject_wrong_types_and_ranges() {
    assertThatThrownBy(() -> HelmChart.render(Map.of("replicaCount", "two"))).hasMessageContaining("/replicaCount");
    assertThatThrownBy(() -> HelmChart.render(Map.of("runnerPort", 70000))).hasMessageContaining("/runnerPort");
    assertThatThrownBy(() -> HelmChart.render(Map.of("metrics", Map.of("serviceMonitor", Map.of("interval", "often")))))
        .hasMessageContaining("/metrics/serviceMonitor/interval");
    assertThatThrownBy(() -> HelmChart.render(Map.of("networkPolicy", Map.of("egress", Map.of("excludeCIDRs", List.of("10.0.0.0"))))))
        .hasMessageContaining("/networkPolicy/egress/excludeCIDRs/0");
  }

  @Test
  void should_document_every_value_in_the_chart_readme_and_nothing_that_does_not_exist() throws Exception {
    JsonNode values = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(HelmChart.DIR.resolve("values.yaml").toFile());
    java.util.Set<String> documented = new java.util.TreeSet<>();
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `([^`]+)` \\|")
        .matcher(java.nio.file.Files.readString(HelmChart.DIR.resolve("README.md")));
    while (row.find()) {
      documented.add(row.group(1));
    }
    List<String> undocumented = new java.util.ArrayList<>();
    collectUndocumented("", values, documented, undocumented);

    assertThat(undocumented).as("values.yaml keys missing from the README's values table").isEmpty();
    assertThat(documented).allSatisfy(key -> assertThat(values.at("/" + key.replace(".*", "").replace('.', '/')).isMissingNode())
        .as("README documents %s, which values.yaml does not have", key).isFalse());
  }

  /** A key is documented itself, as "key.*", or (for a map with defaults) through all of its children. */
  private static void collectUndocumented(String path, JsonNode node, java.util.Set<String> documented, List<String> out) {
    if (!path.isEmpty() && (documented.contains(path) || documented.contains(path + ".*"))) {
      return;
    }
    if (node.isObject() && node.size() > 0) {
      node.fields().forEachRemaining(e -> collectUndocumented(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), documented, out));
    } else {
      out.add(path);
    }
  }

  @Test
  void should_render_no_secret_and_no_secret_value_by_default() {
    HelmChart.Rendered rendered = HelmChart.render();

    assertThat(rendered.all("Secret")).isEmpty();
    JsonNode env = rendered.one("Deployment").path("spec").path("template").path("spec").path("containers").get(0).path("env");
    env.forEach(e -> assertThat(e.path("name").asText()).doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("key"));
  }

  @Test
  void should_render_inline_secrets_only_when_asked_and_only_into_the_named_namespace() {
    Map<String, Object> values = Map.of("secrets", Map.of("create", true, "namespace", "team-a", "values", Map.of(
        "githubToken", "ghp_example", "slackWebhook", "https://hooks.slack.example/T/B/X", "agentApiKeys", Map.of("anthropic", "sk-example"))));
    HelmChart.Rendered rendered = HelmChart.render(values);

    assertThat(rendered.all("Secret")).hasSize(3).allMatch(s -> s.path("metadata").path("namespace").asText().equals("team-a"));
    assertThat(rendered.one("Secret", "github-token").path("data").path("token").asText())
        .isEqualTo(java.util.Base64.getEncoder().encodeToString("ghp_example".getBytes()));
    assertThat(rendered.one("Secret", "agent-keys").path("data").has("anthropic")).isTrue();
    assertThatThrownBy(() -> HelmChart.render(Map.of("secrets", Map.of("create", true)))).hasMessageContaining("/secrets/namespace");
  }
}
