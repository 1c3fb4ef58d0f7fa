package dev.ao.sim.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The out-of-process control API drives the same world the Java API does. */
class ControlHttpApiIT {

  private GitHubSimulator github;
  private Http sim;
  private Http api;

  @BeforeEach
  void start() {
    github = GitHubSimulator.start();
    sim = Http.anonymous(github.baseUrl() + "/_sim");
    api = Http.bearer(github.baseUrl(), "ghp_ops");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void should_set_up_a_repository_pr_and_ci_over_http_and_report_stats_and_events() {
    assertThat(sim.post("/tokens", Map.of("token", "ghp_ops", "login", "ops")).status()).isEqualTo(200);
    assertThat(sim.post("/repos", Map.of("owner", "acme", "name", "api", "requiredChecks", List.of("ci"),
        "requiredApprovingReviews", 1)).status()).isEqualTo(200);
    assertThat(sim.put("/repos/acme/api/ci", Map.of("checkName", "ci", "conclusions", List.of("success")))
        .status()).isEqualTo(200);
    String sha = sim.post("/repos/acme/api/commits", Map.of("branch", "feat/a", "message", "Add a",
        "files", Map.of("a.txt", "a\n"), "author", "agent")).json().path("sha").asText();
    int number = sim.post("/repos/acme/api/pulls", Map.of("head", "feat/a", "title", "Add a", "author", "agent"))
        .json().path("number").asInt();
    sim.post("/repos/acme/api/pulls/" + number + "/reviews", Map.of("reviewer", "lead", "state", "approved"));
    String thread = sim.post("/repos/acme/api/pulls/" + number + "/threads", Map.of("path", "a.txt", "line", 1,
        "body", "nit", "author", "reviewbot", "bot", true)).json().path("id").asText();
    assertThat(sim.post("/threads/" + thread + "/resolve", Map.of("by", "agent")).status()).isEqualTo(200);

    JsonNode pr = api.get("/api/v3/repos/acme/api/pulls/" + number).json();
    assertThat(pr.path("head").path("sha").asText()).isEqualTo(sha);
    assertThat(pr.path("mergeable_state").asText()).isEqualTo("clean");

    assertThat(sim.post("/repos/acme/api/pulls/" + number + "/merge", Map.of("by", "lead")).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v3/repos/acme/api/pulls/" + number).json().path("merged").asBoolean()).isTrue();

    JsonNode stats = sim.get("/stats").json();
    assertThat(stats.path("rest2xx").asLong()).isEqualTo(2);
    assertThat(sim.post("/stats/reset", Map.of()).status()).isEqualTo(200);
    assertThat(sim.get("/stats").json().path("rest2xx").asLong()).isZero();

    JsonNode events = sim.get("/events?since=0").json().path("events");
    assertThat(events).extracting(e -> e.path("type").asText())
        .contains("repository.created", "push", "check_run.completed", "pull_request.opened",
            "pull_request_review.submitted", "pull_request_review_thread.resolved", "pull_request.merged");
    long last = events.get(events.size() - 1).path("seq").asLong();
    assertThat(events.get(0).path("epochMillis").asLong()).isPositive();
    assertThat(sim.get("/events?since=" + last).json().path("events")).isEmpty();
  }

  @Test
  void should_inject_faults_and_limits_over_http() {
    sim.post("/tokens", Map.of("token", "ghp_ops", "login", "ops"));
    sim.post("/repos", Map.of("owner", "acme", "name", "api"));
    sim.post("/faults", Map.of("kind", "secondary-rate-limit", "count", 1, "status", 403, "retryAfterSeconds", 5));
    Http.Response limited = api.get("/api/v3/repos/acme/api");
    assertThat(limited.status()).isEqualTo(403);
    assertThat(limited.header("retry-after")).isEqualTo("5");

    sim.put("/rate-limits", Map.of("login", "ops", "resource", "core", "limit", 100, "remaining", 0,
        "resetAt", System.currentTimeMillis() / 1000 + 600));
    Http.Response exhausted = api.get("/api/v3/repos/acme/api");
    assertThat(exhausted.status()).isEqualTo(403);
    assertThat(exhausted.header("x-ratelimit-limit")).isEqualTo("100");

    assertThat(sim.post("/faults", Map.of("kind", "bogus")).status()).isEqualTo(400);
    assertThat(sim.post("/repos/acme/nope/issues", Map.of("title", "x")).status()).isEqualTo(404);
  }
}
