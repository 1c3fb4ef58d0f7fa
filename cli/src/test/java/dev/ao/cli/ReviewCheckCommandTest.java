package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.ReviewThread;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewCheckCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
    cluster.project("api", "api");
    cluster.session("web-1", "webapp", "42");
    cluster.pr("web-1", 12, "open", "passing", "changes_requested");
    cluster.status("web-1", st -> {
      st.phase = SessionPhase.ChangesRequested;
      st.pr.reviewThreads = new ArrayList<>(List.of(
          thread("PRRT_a", "src/login.ts", 42, "alice", "Please validate the email here.\nAnd add a test."),
          thread("PRRT_b", "README.md", null, "bob", "Typo in the title.")));
    });
    cluster.session("web-2", "webapp", "43");
    cluster.pr("web-2", 13, "open", "passing", "approved");
    cluster.phase("web-2", SessionPhase.Approved);
    cluster.session("api-1", "api", "7");
    cluster.pr("api-1", 3, "open", "passing", "changes_requested");
    cluster.status("api-1", st -> {
      st.phase = SessionPhase.ChangesRequested;
      st.pr.reviewThreads = new ArrayList<>(List.of(thread("PRRT_c", "main.go", 9, "carol", "Handle the error.")));
    });
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_queue_one_formatted_message_per_session_with_unresolved_threads() {
    Result r = ao.run("review-check", "webapp");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).matches("(?s)web-1: queued review-[0-9a-f]{16} \\(2 new unresolved thread\\(s\\)\\)\n1 message\\(s\\) queued.\n");
    List<Message> messages = cluster.get("web-1").getSpec().messages;
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).id).matches("review-[0-9a-f]{16}");
    assertThat(messages.get(0).text).isEqualTo("""
        Your PR #12 (https://github.com/acme/webapp/pull/12) has 2 unresolved review comments. Address each one, push, and reply on its thread:

        1. src/login.ts:42 by @alice — https://github.com/acme/webapp/pull/12#discussion_PRRT_a
           Please validate the email here.
           And add a test.
           (thread PRRT_a)
        2. README.md by @bob — https://github.com/acme/webapp/pull/12#discussion_PRRT_b
           Typo in the title.
           (thread PRRT_b)""");
    assertThat(cluster.get("web-2").getSpec().messages).as("no threads, no message").isNull();
    assertThat(cluster.get("api-1").getSpec().messages).as("other project untouched").isNull();
  }

  @Test
  void should_queue_nothing_new_when_run_twice() {
    ao.run("review-check");

    Result again = ao.run("review-check");

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("web-1: nothing new (2 unresolved thread(s) already sent)",
        "api-1: nothing new (1 unresolved thread(s) already sent)", "0 message(s) queued.");
    assertThat(cluster.get("web-1").getSpec().messages).hasSize(1);
  }

  @Test
  void should_send_only_threads_not_sent_before() {
    ao.run("review-check", "webapp");
    cluster.status("web-1", st -> st.pr.reviewThreads.add(thread("PRRT_d", "src/api.ts", 7, "alice", "Rename this.")));

    Result r = ao.run("review-check", "webapp");

    assertThat(r.out()).contains("web-1: queued review-", "(1 new unresolved thread(s))");
    List<Message> messages = cluster.get("web-1").getSpec().messages;
    assertThat(messages).hasSize(2);
    assertThat(messages.get(1).text).contains("has 1 unresolved review comment.", "src/api.ts:7", "(thread PRRT_d)")
        .doesNotContain("PRRT_a");
  }

  @Test
  void should_only_print_on_a_dry_run() {
    Result r = ao.run("review-check", "--dry-run");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("web-1: would queue review-", "    1. src/login.ts:42 by @alice", "api-1: would queue",
        "2 message(s) would be queued.");
    assertThat(cluster.get("web-1").getSpec().messages).isNull();
  }

  @Test
  void should_skip_sessions_that_are_no_longer_running() {
    cluster.phase("api-1", SessionPhase.Killed);

    Result r = ao.run("review-check", "api");

    assertThat(r.out()).contains("api-1: skipped, the Session is Killed");
    assertThat(cluster.get("api-1").getSpec().messages).isNull();
  }

  @Test
  void should_fail_with_not_found_for_an_unknown_project() {
    Result r = ao.run("review-check", "nope");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("existing Projects: api, webapp");
  }

  private static ReviewThread thread(String id, String path, Integer line, String author, String body) {
    ReviewThread t = new ReviewThread();
    t.id = id;
    t.path = path;
    t.line = line;
    t.author = author;
    t.body = body;
    t.url = "https://github.com/acme/webapp/pull/12#discussion_" + id;
    return t;
  }
}
