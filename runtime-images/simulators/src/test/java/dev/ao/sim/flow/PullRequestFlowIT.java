package dev.ao.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.model.ReviewState;
import dev.ao.sim.testing.GitCli;
import dev.ao.sim.testing.Http;
import dev.ao.sim.testing.Queries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story the operator polls: push, PR, CI red then green, reviews, threads, merge. */
class PullRequestFlowIT {

  private static final String TOKEN = "ghp_agent";
  private static final String REVIEWER_TOKEN = "ghp_reviewer";

  @TempDir Path tmp;
  private GitHubSimulator github;
  private Http agent;
  private Http reviewer;
  private GitCli git;
  private Path work;

  @BeforeEach
  void start() throws Exception {
    github = GitHubSimulator.start();
    github.control().addToken(TOKEN, "agent");
    github.control().addToken(REVIEWER_TOKEN, "reviewer");
    github.control().createRepo(RepoSpec.of("acme", "webapp")
        .withProtection(new BranchProtection(List.of("ci"), 1, false)));
    agent = Http.bearer(github.baseUrl(), TOKEN);
    reviewer = new Http(github.baseUrl(), "token " + REVIEWER_TOKEN);
    git = new GitCli(tmp.resolve("home"));
    git.run(tmp, "clone", GitCli.withToken(github.cloneUrl("acme", "webapp"), TOKEN), "work").assertOk();
    work = tmp.resolve("work");
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void should_show_a_rest_created_pr_in_the_graphql_batch_with_its_head_sha() throws Exception {
    String head = pushBranch("feat/login", "login.txt", "v1\n");
    int number = openPullRequest("feat/login");

    JsonNode pr = firstPr(batch());
    assertThat(pr.path("number").asInt()).isEqualTo(number);
    assertThat(pr.path("headRefOid").asText()).isEqualTo(head);
    assertThat(pr.path("headRefName").asText()).isEqualTo("feat/login");
    assertThat(pr.path("state").asText()).isEqualTo("OPEN");
    assertThat(pr.path("author").path("__typename").asText()).isEqualTo("User");
    assertThat(pr.path("mergeable").asText()).isEqualTo("MERGEABLE");
    assertThat(pr.path("mergeStateStatus").asText()).isEqualTo("BLOCKED");
    assertThat(pr.path("commits").path("nodes").path(0).path("commit").path("statusCheckRollup").isNull()).isTrue();

    String second = pushBranch("feat/login", "login.txt", "v2\n");
    assertThat(firstPr(batch()).path("headRefOid").asText()).isEqualTo(second);
  }

  @Test
  void should_turn_the_rollup_red_then_green_as_check_runs_report() throws Exception {
    String head = pushBranch("feat/ci", "ci.txt", "x\n");
    openPullRequest("feat/ci");

    Http.Response created = agent.post("/api/v3/repos/acme/webapp/check-runs",
        Map.of("name", "ci", "head_sha", head, "status", "in_progress"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(rollup(firstPr(batch())).path("state").asText()).isEqualTo("PENDING");

    agent.patch("/api/v3/repos/acme/webapp/check-runs/" + created.json().path("id").asLong(),
        Map.of("conclusion", "failure", "output", Map.of("title", "1 test failed", "summary", "LoginTest failed")));
    JsonNode red = rollup(firstPr(batch()));
    assertThat(red.path("state").asText()).isEqualTo("FAILURE");
    JsonNode context = red.path("contexts").path("nodes").path(0);
    assertThat(context.path("__typename").asText()).isEqualTo("CheckRun");
    assertThat(context.path("conclusion").asText()).isEqualTo("FAILURE");
    assertThat(context.path("isRequired").asBoolean()).isTrue();
    assertThat(context.path("summary").asText()).isEqualTo("LoginTest failed");

    // A re-run by the same CI app replaces the red run in the rollup (GitHub keeps the latest run per app and name).
    agent.post("/api/v3/repos/acme/webapp/check-runs",
        Map.of("name", "ci", "head_sha", head, "status", "completed", "conclusion", "success"));
    github.control().setCommitStatus("acme", "webapp", head, "lint", dev.ao.sim.model.StatusState.SUCCESS);
    JsonNode green = rollup(firstPr(batch()));
    assertThat(green.path("state").asText()).isEqualTo("SUCCESS");
    assertThat(green.path("contexts").path("nodes")).extracting(n -> n.path("__typename").asText())
        .containsExactly("CheckRun", "StatusContext");
  }

  @Test
  void should_derive_the_review_decision_from_reviews() throws Exception {
    pushBranch("feat/review", "r.txt", "x\n");
    int number = openPullRequest("feat/review");
    assertThat(firstPr(batch()).path("reviewDecision").asText()).isEqualTo("REVIEW_REQUIRED");

    Http.Response changes = reviewer.post("/api/v3/repos/acme/webapp/pulls/" + number + "/reviews",
        Map.of("event", "REQUEST_CHANGES", "body", "Please add tests"));
    assertThat(changes.status()).isEqualTo(200);
    assertThat(firstPr(batch()).path("reviewDecision").asText()).isEqualTo("CHANGES_REQUESTED");

    reviewer.post("/api/v3/repos/acme/webapp/pulls/" + number + "/reviews", Map.of("event", "APPROVE"));
    JsonNode pr = firstPr(batch());
    assertThat(pr.path("reviewDecision").asText()).isEqualTo("APPROVED");
    assertThat(pr.path("reviews").path("nodes")).extracting(n -> n.path("state").asText())
        .containsExactly("CHANGES_REQUESTED", "APPROVED");

    Http.Response selfApproval = agent.post("/api/v3/repos/acme/webapp/pulls/" + number + "/reviews",
        Map.of("event", "APPROVE"));
    assertThat(selfApproval.status()).isEqualTo(422);
  }

  @Test
  void should_list_review_threads_with_the_author_typename() throws Exception {
    pushBranch("feat/threads", "src/App.java", "class App {}\n");
    int number = openPullRequest("feat/threads");
    String botThread = github.control().addReviewThread("acme", "webapp", number, "src/App.java", 1,
        "Possible null dereference", "coderabbitai", true);
    reviewer.post("/api/v3/repos/acme/webapp/pulls/" + number + "/reviews", Map.of("event", "COMMENT",
        "body", "A few notes", "comments", List.of(Map.of("path", "src/App.java", "line", 1, "body", "Rename"))));

    JsonNode threads = firstPr(batch()).path("reviewThreads").path("nodes");
    assertThat(threads).hasSize(2);
    assertThat(threads.path(0).path("comments").path("nodes").path(0).path("author").path("__typename").asText())
        .isEqualTo("Bot");
    assertThat(threads.path(0).path("comments").path("nodes").path(0).path("author").path("login").asText())
        .isEqualTo("coderabbitai");
    assertThat(threads.path(1).path("comments").path("nodes").path(0).path("author").path("__typename").asText())
        .isEqualTo("User");
    assertThat(threads.path(0).path("path").asText()).isEqualTo("src/App.java");
    assertThat(threads.path(0).path("isResolved").asBoolean()).isFalse();

    JsonNode restComments = agent.get("/api/v3/repos/acme/webapp/pulls/" + number + "/comments").json();
    assertThat(restComments.path(0).path("user").path("login").asText()).isEqualTo("coderabbitai[bot]");
    assertThat(restComments.path(0).path("user").path("type").asText()).isEqualTo("Bot");

    Http.Response resolved = agent.graphql("/api/graphql",
        "mutation($id: ID!) { resolveReviewThread(input: {threadId: $id}) { thread { isResolved } } }",
        Map.of("id", botThread));
    assertThat(resolved.json().path("data").path("resolveReviewThread").path("thread").path("isResolved").asBoolean())
        .isTrue();
    pushBranch("feat/threads", "src/App.java", "class App { int x; }\n");
    assertThat(firstPr(batch()).path("reviewThreads").path("nodes").path(0).path("isOutdated").asBoolean()).isTrue();
  }

  @Test
  void should_merge_through_rest_into_a_real_merge_commit_visible_by_cloning() throws Exception {
    String head = pushBranch("feat/merge", "merge.txt", "merged\n");
    int number = openPullRequest("feat/merge");
    github.control().setCheckRun("acme", "webapp", head, "ci", CheckStatus.COMPLETED, CheckConclusion.SUCCESS);
    github.control().submitReview("acme", "webapp", number, "reviewer", false, ReviewState.APPROVED, "");
    assertThat(firstPr(batch()).path("mergeStateStatus").asText()).isEqualTo("CLEAN");

    Http.Response merged = agent.put("/api/v3/repos/acme/webapp/pulls/" + number + "/merge",
        Map.of("merge_method", "merge", "sha", head));
    assertThat(merged.status()).isEqualTo(200);
    assertThat(merged.json().path("merged").asBoolean()).isTrue();
    String mergeSha = merged.json().path("sha").asText();

    git.run(tmp, "clone", GitCli.withToken(github.cloneUrl("acme", "webapp"), TOKEN), "after").assertOk();
    Path after = tmp.resolve("after");
    assertThat(git.run(after, "rev-parse", "HEAD").assertOk().output().strip()).isEqualTo(mergeSha);
    assertThat(git.run(after, "log", "-1", "--format=%P").assertOk().output().strip().split(" "))
        .hasSize(2).contains(head);
    assertThat(git.run(after, "log", "-1", "--format=%s").assertOk().output())
        .contains("Merge pull request #" + number + " from acme/feat/merge");
    assertThat(Files.readString(after.resolve("merge.txt"))).isEqualTo("merged\n");

    JsonNode pr = firstPr(batch());
    assertThat(pr.path("state").asText()).isEqualTo("MERGED");
    assertThat(pr.path("merged").asBoolean()).isTrue();
    assertThat(pr.path("mergedAt").isNull()).isFalse();
  }

  @Test
  void should_refuse_to_merge_while_a_required_check_is_pending_or_failing() throws Exception {
    String head = pushBranch("feat/blocked", "b.txt", "x\n");
    int number = openPullRequest("feat/blocked");
    github.control().submitReview("acme", "webapp", number, "reviewer", false, ReviewState.APPROVED, "");
    String mergePath = "/api/v3/repos/acme/webapp/pulls/" + number + "/merge";

    Http.Response missing = agent.put(mergePath, Map.of());
    assertThat(missing.status()).isEqualTo(405);
    assertThat(missing.json().path("message").asText()).isEqualTo("Required status check \"ci\" is expected.");

    long run = github.control().setCheckRun("acme", "webapp", head, "ci", CheckStatus.IN_PROGRESS, null);
    assertThat(agent.put(mergePath, Map.of()).status()).isEqualTo(405);

    github.control().completeCheckRun("acme", "webapp", run, CheckConclusion.FAILURE);
    Http.Response failing = agent.put(mergePath, Map.of());
    assertThat(failing.status()).isEqualTo(405);
    assertThat(failing.json().path("message").asText()).isEqualTo("Required status check \"ci\" is failing.");

    github.control().setCheckRun("acme", "webapp", head, "ci", CheckStatus.COMPLETED, CheckConclusion.SUCCESS);
    assertThat(agent.put(mergePath, Map.of("sha", "0".repeat(40))).status()).isEqualTo(409);
    assertThat(agent.put(mergePath, Map.of("merge_method", "squash")).status()).isEqualTo(200);
    assertThat(github.control().isMerged("acme", "webapp", number)).isTrue();
  }

  @Test
  void should_reject_a_pr_for_a_missing_branch_or_a_duplicate() throws Exception {
    Http.Response missing = agent.post("/api/v3/repos/acme/webapp/pulls",
        Map.of("title", "Nope", "head", "acme:does-not-exist", "base", "main"));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().path("errors").path(0).path("field").asText()).isEqualTo("head");

    pushBranch("feat/dup", "d.txt", "x\n");
    openPullRequest("feat/dup");
    Http.Response duplicate = agent.post("/api/v3/repos/acme/webapp/pulls",
        Map.of("title", "Again", "head", "acme:feat/dup", "base", "main"));
    assertThat(duplicate.status()).isEqualTo(422);
    assertThat(duplicate.json().path("errors").path(0).path("message").asText())
        .isEqualTo("A pull request already exists for acme:feat/dup.");
  }

  private String pushBranch(String branch, String file, String content) throws Exception {
    boolean exists = !git.run(work, "rev-parse", "--verify", "--quiet", branch).output().isBlank();
    git.run(work, "checkout", exists ? branch : "-b", exists ? "--" : branch).assertOk();
    Path path = work.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
    git.run(work, "add", "-A").assertOk();
    git.run(work, "commit", "-m", "Change " + file).assertOk();
    git.run(work, "push", "origin", branch).assertOk();
    return git.run(work, "rev-parse", "HEAD").assertOk().output().strip();
  }

  private int openPullRequest(String branch) {
    Http.Response response = agent.post("/api/v3/repos/acme/webapp/pulls",
        Map.of("title", "Work on " + branch, "head", "acme:" + branch, "base", "main", "body", "Closes #1"));
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().path("number").asInt();
  }

  private JsonNode batch() {
    Http.Response response = agent.graphql("/api/graphql", Queries.PR_BATCH, Map.of("owner", "acme", "name", "webapp"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().has("errors")).as(response.text()).isFalse();
    return response.json().path("data");
  }

  private static JsonNode firstPr(JsonNode data) {
    return data.path("repository").path("pullRequests").path("nodes").path(0);
  }

  private static JsonNode rollup(JsonNode pr) {
    return pr.path("commits").path("nodes").path(0).path("commit").path("statusCheckRollup");
  }
}
