package dev.ao.sim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** REST shapes beyond the PR flow: issues, comments, statuses, annotations, pagination, anonymous access. */
class RestApiIT {

  private GitHubSimulator github;
  private Http api;

  @BeforeEach
  void start() {
    github = GitHubSimulator.start();
    github.control().addToken("ghp_dev", "dev");
    github.control().createRepo(RepoSpec.of("acme", "webapp"));
    api = Http.bearer(github.baseUrl(), "ghp_dev");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void should_create_and_read_issues_and_comments_with_github_shapes() {
    Http.Response created = api.post("/api/v3/repos/acme/webapp/issues",
        Map.of("title", "Login is broken", "body", "Steps...", "labels", List.of("bug")));
    assertThat(created.status()).isEqualTo(201);
    int number = created.json().path("number").asInt();
    assertThat(created.json().path("user").path("login").asText()).isEqualTo("dev");
    assertThat(created.json().path("labels").path(0).path("name").asText()).isEqualTo("bug");

    Http.Response comment = api.post("/api/v3/repos/acme/webapp/issues/" + number + "/comments",
        Map.of("body", "Working on it"));
    assertThat(comment.status()).isEqualTo(201);
    assertThat(comment.json().path("html_url").asText()).endsWith("/acme/webapp/issues/" + number
        + "#issuecomment-" + comment.json().path("id").asLong());

    JsonNode issue = api.get("/api/v3/repos/acme/webapp/issues/" + number).json();
    assertThat(issue.path("state").asText()).isEqualTo("open");
    assertThat(issue.path("comments").asInt()).isEqualTo(1);
    assertThat(issue.has("pull_request")).isFalse();

    api.patch("/api/v3/repos/acme/webapp/issues/" + number, Map.of("state", "closed", "state_reason", "completed"));
    JsonNode closed = api.get("/api/v3/repos/acme/webapp/issues/" + number).json();
    assertThat(closed.path("state").asText()).isEqualTo("closed");
    assertThat(closed.path("state_reason").asText()).isEqualTo("completed");
    assertThat(api.post("/api/v3/repos/acme/webapp/issues", Map.of("body", "no title")).status()).isEqualTo(422);
  }

  @Test
  void should_filter_pulls_by_head_and_page_with_link_headers() {
    for (int i = 1; i <= 3; i++) {
      github.control().commit("acme", "webapp", "feat/" + i, "Work " + i, Map.of(i + ".txt", "x"), "dev");
      github.control().createPullRequest("acme", "webapp", "feat/" + i, "main", "PR " + i, "", "dev");
    }
    JsonNode byHead = api.get("/api/v3/repos/acme/webapp/pulls?head=acme:feat/2&state=open").json();
    assertThat(byHead).hasSize(1);
    assertThat(byHead.path(0).path("head").path("ref").asText()).isEqualTo("feat/2");
    assertThat(byHead.path(0).has("mergeable")).as("list items are GitHub's simple form").isFalse();

    Http.Response page = api.get("/api/v3/repos/acme/webapp/pulls?per_page=2");
    assertThat(page.json()).extracting(n -> n.path("number").asInt()).containsExactly(3, 2);
    assertThat(page.header("link")).contains("rel=\"next\"").contains("page=2");
    assertThat(api.get("/api/v3/repos/acme/webapp/pulls?per_page=2&page=2").json())
        .extracting(n -> n.path("number").asInt()).containsExactly(1);
    assertThat(api.get("/api/v3/repos/acme/webapp/issues/2").json().path("pull_request").path("url").asText())
        .endsWith("/pulls/2");
  }

  @Test
  void should_combine_statuses_and_serve_check_run_annotations() {
    String sha = github.control().branchTip("acme", "webapp", "main");
    api.post("/api/v3/repos/acme/webapp/statuses/" + sha, Map.of("state", "pending", "context", "build"));
    assertThat(api.get("/api/v3/repos/acme/webapp/commits/main/status").json().path("state").asText())
        .isEqualTo("pending");
    api.post("/api/v3/repos/acme/webapp/statuses/" + sha, Map.of("state", "failure", "context", "build",
        "target_url", "http://ci.local/1"));
    JsonNode combined = api.get("/api/v3/repos/acme/webapp/commits/" + sha + "/status").json();
    assertThat(combined.path("state").asText()).isEqualTo("failure");
    assertThat(combined.path("total_count").asInt()).isEqualTo(1);

    JsonNode run = api.post("/api/v3/repos/acme/webapp/check-runs", Map.of("name", "test", "head_sha", sha,
        "conclusion", "failure", "output", Map.of("title", "2 failed", "summary", "see annotations",
            "annotations", List.of(Map.of("path", "src/A.java", "start_line", 3, "end_line", 3,
                "annotation_level", "failure", "message", "expected 1 but was 2"))))).json();
    assertThat(run.path("status").asText()).isEqualTo("completed");
    assertThat(run.path("output").path("annotations_count").asInt()).isEqualTo(1);
    JsonNode annotations = api.get("/api/v3/repos/acme/webapp/check-runs/" + run.path("id").asLong()
        + "/annotations").json();
    assertThat(annotations.path(0).path("message").asText()).isEqualTo("expected 1 but was 2");
    assertThat(api.get("/api/v3/repos/acme/webapp/commits/main/check-runs").json().path("total_count").asInt())
        .isEqualTo(1);
    assertThat(api.post("/api/v3/repos/acme/webapp/check-runs", Map.of("name", "x", "head_sha", "f".repeat(40)))
        .status()).isEqualTo(422);
  }

  @Test
  void should_serve_public_repositories_anonymously_on_a_small_budget() {
    github.control().createRepo(RepoSpec.of("acme", "docs").withAnonymousRead(true));
    Http anonymous = Http.anonymous(github.baseUrl());
    Http.Response publicRepo = anonymous.get("/api/v3/repos/acme/docs");
    assertThat(publicRepo.status()).isEqualTo(200);
    assertThat(publicRepo.header("x-ratelimit-limit")).isEqualTo("60");
    assertThat(anonymous.get("/api/v3/repos/acme/webapp").status()).isEqualTo(404);
    assertThat(anonymous.post("/api/v3/repos/acme/docs/issues", Map.of("title", "x")).status()).isEqualTo(401);
    assertThat(anonymous.get("/api/v3/user").status()).isEqualTo(401);
    assertThat(api.get("/api/v3/user").json().path("login").asText()).isEqualTo("dev");
  }
}
