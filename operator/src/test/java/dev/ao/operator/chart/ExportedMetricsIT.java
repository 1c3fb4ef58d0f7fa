package dev.ao.operator.chart;

import static dev.ao.operator.testing.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.testing.AdminClient;
import dev.ao.operator.testing.ApiServerTestResource;
import dev.ao.operator.testing.Fixtures;
import dev.ao.operator.testing.KubeletSimulator;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.SimulatorOptions;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.RepoSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.WithTestResource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged operator serves its metrics on the management port, and the Grafana dashboard and
 * the alert rules query nothing it does not export. A Session goes from spawn to a merged PR against
 * the GitHub simulator first, so the metrics have values, not just names.
 */
@QuarkusTest
@WithTestResource(ApiServerTestResource.class)
class ExportedMetricsIT {
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final Pattern METRIC = Pattern.compile("\\bao_[a-z0-9_]+\\b");
  private static final String TOKEN = "metrics-it-token";
  private static GitHubSimulator sim;

  // The test's own client: on the real API server the operator has only the chart's permissions.
  @AdminClient KubernetesClient client;

  // Relative to the management root (/q), as Prometheus and the probes address it: /q/metrics, /q/health/ready.
  @TestHTTPResource(value = "metrics", management = true)
  URL metricsUrl;

  @TestHTTPResource(value = "health/ready", management = true)
  URL readyUrl;

  @BeforeAll
  static void startGitHub() throws Exception {
    sim = GitHubSimulator.start(SimulatorOptions.defaults().withDataDir(Files.createTempDirectory("metrics-it")));
    sim.control().addToken(TOKEN, "acme-dev");
    sim.control().createRepo(RepoSpec.of("acme", "metrics-demo"));
  }

  @AfterAll
  static void stopGitHub() {
    sim.close();
  }

  @Test
  void should_serve_health_and_prometheus_text_on_the_management_port() throws Exception {
    HttpResponse<String> ready = get(readyUrl);
    assertThat(ready.statusCode()).isEqualTo(200);

    HttpResponse<String> metrics = get(metricsUrl);
    assertThat(metricsUrl.getPath()).isEqualTo("/q/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
    assertThat(metrics.body()).contains("ao_operator_leader 1.0").contains("ao_reconcile_errors_total{controller=\"session\"}");
  }

  @Test
  void should_export_every_metric_the_dashboard_and_the_alerts_query() throws Exception {
    SimulatorControl github = sim.control();
    runSessionToMergedPr(github);
    Set<String> exported = await().atMost(WAIT).until(() -> sampleNames(get(metricsUrl).body()),
        names -> names.contains("ao_github_rate_limit_remaining") && names.contains("ao_session_pr_to_merge_seconds_count"));
    String text = get(metricsUrl).body();
    assertThat(text)
        .containsPattern("ao_sessions\\{namespace=\"team-a\",phase=\"Done\",project=\"metrics-demo\"} 1\\.0")
        .containsPattern("ao_session_time_to_first_pr_seconds_count [1-9]")
        .containsPattern("ao_session_pr_to_merge_seconds_count [1-9]")
        .containsPattern("ao_github_requests_total\\{api=\"graphql\",result=\"200\"} [1-9]")
        .containsPattern("ao_session_phase_transitions_total\\{from=\"[A-Za-z]+\",to=\"Merged\"} [1-9]")
        .containsPattern("ao_reconcile_duration_seconds_count\\{controller=\"session\",operation=\"reconcile\"} [1-9]");

    Set<String> dashboardMetrics = referenced(dashboardQueries());
    assertThat(dashboardMetrics).hasSizeGreaterThan(10);
    assertThat(dashboardMetrics).as("dashboard queries metrics the operator does not export").isSubsetOf(exported);

    List<String> alertExprs = MonitoringChartTest.alertRules(HelmChart.render(MonitoringChartTest.ALL_ON)).stream()
        .map(r -> r.path("expr").asText()).toList();
    for (String expr : alertExprs) {
      assertThat(referenced(List.of(expr))).as(expr).isNotEmpty().isSubsetOf(exported);
    }
  }

  private void runSessionToMergedPr(SimulatorControl github) {
    Secret token = Fixtures.secret("metrics-github-token", "token");
    token.getData().put("token", java.util.Base64.getEncoder().encodeToString(TOKEN.getBytes()));
    client.resource(token).createOr(NonDeletingOperation::update);
    // Own Secret names: other QuarkusTests may share this API server and create the Fixtures' ones.
    client.resource(Fixtures.secret("metrics-agent-keys", "anthropic")).createOr(NonDeletingOperation::update);
    var project = Fixtures.project("metrics-demo");
    project.getSpec().agent.env = List.of(dev.ao.api.v1alpha1.common.EnvVarSpec.fromSecret("ANTHROPIC_API_KEY", "metrics-agent-keys", "anthropic"));
    project.getSpec().repo.url = sim.cloneUrl("acme", "metrics-demo");
    project.getSpec().repo.tokenSecret = new dev.ao.api.v1alpha1.common.SecretKeyRef("metrics-github-token", "token");
    project.getSpec().scm.github.apiUrl = sim.apiUrl();
    project.getSpec().scm.pollInterval = "1s";
    client.resource(project).create();
    Session session = Fixtures.promptSession("metrics-demo-1", "metrics-demo", "add a metrics page");
    session.getSpec().branch = "feat/metrics-page";
    client.resource(session).create();

    await().atMost(WAIT).until(() -> client.pods().inNamespace(NS).withName("metrics-demo-1-agent").get() != null);
    new KubeletSimulator(client).running(NS, "metrics-demo-1-agent");
    github.commit("acme", "metrics-demo", "feat/metrics-page", "metrics page", Map.of("metrics.html", "<h1>metrics</h1>\n"), "acme-dev");
    int pr = github.createPullRequest("acme", "metrics-demo", "feat/metrics-page", "main", "Metrics page", "", "acme-dev");
    await().atMost(WAIT).until(() -> session().getStatus() != null && session().getStatus().firstPrSeenAt != null);
    github.mergePullRequest("acme", "metrics-demo", pr, dev.ao.sim.model.MergeMethod.SQUASH, "acme-dev");
    await().atMost(WAIT).until(() -> session().getStatus().phase == SessionPhase.Done);
  }

  private Session session() {
    return client.resources(Session.class).inNamespace(NS).withName("metrics-demo-1").get();
  }

  private static List<String> dashboardQueries() throws Exception {
    JsonNode dashboard = HelmChart.json(Files.readString(HelmChart.DIR.resolve("files/dashboards/agent-orchestrator.json")));
    List<String> queries = new java.util.ArrayList<>();
    dashboard.findValues("expr").forEach(e -> queries.add(e.asText()));
    dashboard.path("templating").path("list").forEach(v -> queries.add(v.path("definition").asText()));
    return queries;
  }

  private static Set<String> referenced(List<String> queries) {
    Set<String> names = new TreeSet<>();
    for (String q : queries) {
      Matcher m = METRIC.matcher(q);
      while (m.find()) {
        names.add(m.group());
      }
    }
    return names;
  }

  /** Names of the samples in a Prometheus text scrape (histograms as _bucket, _sum, _count). */
  private static Set<String> sampleNames(String scrape) {
    Set<String> names = new TreeSet<>();
    for (String line : scrape.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.split("[{ ]", 2)[0]);
      }
    }
    return names;
  }

  private static HttpResponse<String> get(URL url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.toString())).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
