package dev.ao.sim.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GitHub's GraphQL error shapes, pagination rules and mutations. */
class GraphQlApiIT {

  private GitHubSimulator github;
  private Http client;

  @BeforeEach
  void start() {
    github = GitHubSimulator.start();
    github.control().addToken("ghp_dev", "dev");
    github.control().createRepo(RepoSpec.of("acme", "webapp")
        .withProtection(new BranchProtection(List.of("ci"), 0, false)));
    client = Http.bearer(github.baseUrl(), "ghp_dev");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void should_report_an_unknown_repository_as_not_found() {
    JsonNode body = query("{ repository(owner: \"acme\", name: \"nope\") { name } }");
    assertThat(body.path("data").path("repository").isNull()).isTrue();
    JsonNode error = body.path("errors").path(0);
    assertThat(error.path("type").asText()).isEqualTo("NOT_FOUND");
    assertThat(error.path("message").asText())
        .isEqualTo("Could not resolve to a Repository with the name 'acme/nope'.");
    assertThat(error.path("path").path(0).asText()).isEqualTo("repository");
  }

  @Test
  void should_require_and_bound_pagination_like_github() {
    JsonNode missing = query("{ repository(owner: \"acme\", name: \"webapp\") { pullRequests { totalCount } } }");
    assertThat(missing.path("errors").path(0).path("type").asText()).isEqualTo("MISSING_PAGINATION_BOUNDARIES");
    JsonNode excessive = query(
        "{ repository(owner: \"acme\", name: \"webapp\") { pullRequests(first: 101) { totalCount } } }");
    assertThat(excessive.path("errors").path(0).path("message").asText())
        .isEqualTo("Requesting 101 records on the `pullRequests` connection exceeds the `first` limit of 100 records.");
    JsonNode invalid = query("{ repository(owner: \"acme\", name: \"webapp\") { nope } }");
    assertThat(invalid.path("errors").path(0).path("message").asText()).contains("nope");
  }

  @Test
  void should_page_through_pull_requests_with_cursors() {
    for (int i = 1; i <= 3; i++) {
      github.control().commit("acme", "webapp", "b" + i, "c" + i, Map.of(i + ".txt", "x"), "dev");
      github.control().createPullRequest("acme", "webapp", "b" + i, "main", "PR " + i, "", "dev");
    }
    String page = "query($after: String) { repository(owner: \"acme\", name: \"webapp\") {"
        + " pullRequests(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { number } } } }";
    JsonNode first = client.post("/api/graphql", Map.of("query", page, "variables", Map.of()))
        .json().path("data").path("repository").path("pullRequests");
    assertThat(first.path("totalCount").asInt()).isEqualTo(3);
    assertThat(first.path("nodes")).extracting(n -> n.path("number").asInt()).containsExactly(1, 2);
    assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
    JsonNode second = client.graphql("/api/graphql", page,
            Map.of("after", first.path("pageInfo").path("endCursor").asText()))
        .json().path("data").path("repository").path("pullRequests");
    assertThat(second.path("nodes")).extracting(n -> n.path("number").asInt()).containsExactly(3);
    assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
  }

  @Test
  void should_refuse_a_blocked_merge_mutation_and_merge_once_green() {
    String sha = github.control().commit("acme", "webapp", "feat", "Feature", Map.of("f.txt", "f"), "dev");
    int number = github.control().createPullRequest("acme", "webapp", "feat", "main", "Feature", "", "dev");
    String id = query("{ repository(owner: \"acme\", name: \"webapp\") { pullRequest(number: " + number
        + ") { id } } }").path("data").path("repository").path("pullRequest").path("id").asText();
    String merge = "mutation($id: ID!) { mergePullRequest(input: {pullRequestId: $id, mergeMethod: SQUASH}) {"
        + " pullRequest { state merged mergeCommit { oid messageHeadline } } } }";

    JsonNode refused = client.graphql("/api/graphql", merge, Map.of("id", id)).json();
    assertThat(refused.path("errors").path(0).path("type").asText()).isEqualTo("UNPROCESSABLE");
    assertThat(refused.path("errors").path(0).path("message").asText())
        .isEqualTo("Required status check \"ci\" is expected.");

    github.control().setCommitStatus("acme", "webapp", sha, "ci", dev.ao.sim.model.StatusState.SUCCESS);
    JsonNode merged = client.graphql("/api/graphql", merge, Map.of("id", id)).json()
        .path("data").path("mergePullRequest").path("pullRequest");
    assertThat(merged.path("state").asText()).isEqualTo("MERGED");
    assertThat(merged.path("mergeCommit").path("messageHeadline").asText()).isEqualTo("Feature (#" + number + ")");
    assertThat(github.control().branchTip("acme", "webapp", "main"))
        .isEqualTo(merged.path("mergeCommit").path("oid").asText());
  }

  @Test
  void should_add_a_comment_and_read_issue_fields() {
    int number = github.control().createIssue("acme", "webapp", "Crash on start", "trace", List.of("bug"), "dev");
    JsonNode issue = query("{ repository(owner: \"acme\", name: \"webapp\") { issue(number: " + number + ") {"
        + " id number title state labels(first: 5) { nodes { name } } } } }")
        .path("data").path("repository").path("issue");
    assertThat(issue.path("state").asText()).isEqualTo("OPEN");
    assertThat(issue.path("labels").path("nodes").path(0).path("name").asText()).isEqualTo("bug");

    JsonNode added = client.graphql("/api/graphql", "mutation($id: ID!) { addComment(input: {subjectId: $id,"
        + " body: \"On it\"}) { commentEdge { node { body author { login } url } } } }",
        Map.of("id", issue.path("id").asText())).json().path("data").path("addComment");
    assertThat(added.path("commentEdge").path("node").path("author").path("login").asText()).isEqualTo("dev");
    assertThat(added.path("commentEdge").path("node").path("url").asText()).contains("#issuecomment-");
  }

  private JsonNode query(String query) {
    return client.graphql("/api/graphql", query, Map.of()).json();
  }
}
