package dev.ao.sim.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinearSimulatorIT {

  private static final String ISSUE = """
      query($id: String!) { issue(id: $id) {
        id identifier title description url branchName
        labels { nodes { name } } state { name type } } }
      """;

  private LinearSimulator linear;
  private Http client;

  @BeforeEach
  void start() {
    linear = LinearSimulator.start();
    linear.addApiKey("lin_api_test", "Agent Bot");
    client = new Http(linear.graphqlUrl().replace("/graphql", ""), "lin_api_test");
  }

  @AfterEach
  void stop() {
    linear.close();
  }

  @Test
  void should_return_an_issue_by_identifier_and_report_done_states() {
    LinearIssueSnapshot created = linear.createIssue("ENG", "Add login page", "Users need to log in",
        List.of("frontend", "agent"), null);
    assertThat(created.identifier()).isEqualTo("ENG-1");

    JsonNode issue = client.graphql("/graphql", ISSUE, Map.of("id", "ENG-1")).json().path("data").path("issue");
    assertThat(issue.path("identifier").asText()).isEqualTo("ENG-1");
    assertThat(issue.path("id").asText()).isEqualTo(created.id());
    assertThat(issue.path("title").asText()).isEqualTo("Add login page");
    assertThat(issue.path("description").asText()).isEqualTo("Users need to log in");
    assertThat(issue.path("branchName").asText()).isEqualTo("eng-1-add-login-page");
    assertThat(issue.path("labels").path("nodes")).extracting(n -> n.path("name").asText())
        .containsExactly("frontend", "agent");
    assertThat(issue.path("state").path("type").asText()).isEqualTo("unstarted");

    linear.setState("ENG-1", "Canceled");
    JsonNode done = client.graphql("/graphql", ISSUE, Map.of("id", created.id())).json().path("data").path("issue");
    assertThat(done.path("state").path("name").asText()).isEqualTo("Canceled");
    assertThat(done.path("state").path("type").asText()).isEqualTo("canceled");
    assertThat(linear.issue("ENG-1").isDone()).isTrue();
  }

  @Test
  void should_filter_issues_and_accept_comments_and_state_updates() {
    linear.createIssue("ENG", "First", "", List.of("agent"), "Todo");
    linear.createIssue("ENG", "Second", "", List.of(), "In Progress");
    linear.createIssue("ENG", "Third", "", List.of("agent"), "Done");

    JsonNode open = client.graphql("/graphql", """
        { issues(filter: {team: {key: {eq: "ENG"}}, state: {type: {nin: ["completed", "canceled"]}},
                          labels: {some: {name: {eq: "agent"}}}}) { nodes { identifier } } }
        """, Map.of()).json().path("data").path("issues").path("nodes");
    assertThat(open).extracting(n -> n.path("identifier").asText()).containsExactly("ENG-1");

    JsonNode comment = client.graphql("/graphql", """
        mutation { commentCreate(input: {issueId: "ENG-2", body: "PR opened: #7"}) { success comment { body } } }
        """, Map.of()).json().path("data").path("commentCreate");
    assertThat(comment.path("success").asBoolean()).isTrue();
    assertThat(linear.issue("ENG-2").comments()).containsExactly("PR opened: #7");

    client.graphql("/graphql", "mutation { issueUpdate(id: \"ENG-2\", input: {stateId: \"Done\"}) { success } }",
        Map.of());
    assertThat(linear.issue("ENG-2").stateType()).isEqualTo("completed");
  }

  @Test
  void should_report_unknown_issues_and_refuse_unknown_keys() {
    Http.Response missing = client.graphql("/graphql", ISSUE, Map.of("id", "ENG-999"));
    assertThat(missing.json().path("errors").path(0).path("message").asText())
        .isEqualTo("Entity not found: Issue");

    Http.Response denied = new Http(linear.graphqlUrl().replace("/graphql", ""), "lin_api_wrong")
        .graphql("/graphql", ISSUE, Map.of("id", "ENG-1"));
    assertThat(denied.status()).isEqualTo(400);
    assertThat(denied.json().path("errors").path(0).path("extensions").path("code").asText())
        .isEqualTo("AUTHENTICATION_ERROR");

    Http.Response bearer = new Http(linear.graphqlUrl().replace("/graphql", ""), "Bearer lin_api_test")
        .graphql("/graphql", "{ viewer { name } }", Map.of());
    assertThat(bearer.json().path("data").path("viewer").path("name").asText()).isEqualTo("Agent Bot");
  }
}
