package dev.ao.operator.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.SimulatorOptions;
import dev.ao.sim.linear.LinearSimulator;
import dev.ao.sim.model.RepoSpec;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub Issues and Linear trackers against their simulators' wire formats. */
class TrackersIT {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void github_issue_gives_title_body_labels_and_completion_and_revalidates_with_etag() throws Exception {
    try (GitHubSimulator sim = GitHubSimulator.start(SimulatorOptions.defaults())) {
      sim.control().addToken("t", "dev");
      sim.control().createRepo(RepoSpec.of("acme", "webapp"));
      int n = sim.control().createIssue("acme", "webapp", "Crash on empty cart", "Steps: ...", List.of("bug", "p1"), "dev");
      GitHubIssuesTracker tracker = new GitHubIssuesTracker(http, sim.apiUrl(), "acme/webapp", "t");

      IssueInfo open = tracker.issue(Integer.toString(n));
      assertThat(open.title()).isEqualTo("Crash on empty cart");
      assertThat(open.body()).isEqualTo("Steps: ...");
      assertThat(open.labels()).containsExactly("bug", "p1");
      assertThat(open.completed()).isFalse();
      sim.control().resetStats();
      tracker.issue("#" + n);
      assertThat(sim.control().stats().rest304()).isEqualTo(1);

      sim.control().setIssueClosed("acme", "webapp", n, true, "completed");
      assertThat(tracker.issue(Integer.toString(n)).completed()).isTrue();
      assertThat(tracker.issue("999")).isNull();
    }
  }

  @Test
  void linear_issue_is_done_when_its_state_is_completed_or_canceled() throws Exception {
    try (LinearSimulator linear = LinearSimulator.start()) {
      linear.addApiKey("lin_api_key", "dev");
      linear.createTeam("ENG", "Engineering");
      String id = linear.createIssue("ENG", "Add SSO", "SAML please", List.of("feature"), null).identifier();
      LinearTracker tracker = new LinearTracker(http, linear.graphqlUrl(), "lin_api_key");

      IssueInfo issue = tracker.issue(id);
      assertThat(issue.id()).isEqualTo(id);
      assertThat(issue.title()).isEqualTo("Add SSO");
      assertThat(issue.labels()).containsExactly("feature");
      assertThat(issue.completed()).isFalse();

      linear.setState(id, "Done");
      assertThat(tracker.issue(id).completed()).isTrue();
      linear.setState(id, "Canceled");
      assertThat(tracker.issue(id).completed()).isTrue();
    }
  }
}
