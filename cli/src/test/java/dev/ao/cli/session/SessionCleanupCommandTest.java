package dev.ao.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionCleanupCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
    cluster.project("api", "api");
    cluster.session("web-1", "webapp", "1");
    cluster.pr("web-1", 11, "merged", "passing", "approved");
    cluster.session("web-2", "webapp", "2");
    cluster.pr("web-2", 12, "closed", "failing", null);
    cluster.session("web-3", "webapp", "3");
    cluster.phase("web-3", SessionPhase.Done);
    cluster.session("web-4", "webapp", "4");
    cluster.pr("web-4", 14, "open", "passing", null);
    cluster.status("web-4", st -> st.phase = SessionPhase.ReviewPending);
    cluster.session("api-1", "api", "5");
    cluster.phase("api-1", SessionPhase.Done);
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_list_without_deleting_on_a_dry_run() {
    Result r = ao.run("session", "cleanup", "--dry-run");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("""
        would delete session.agent-orchestrator.io/api-1 (phase Done)
        would delete session.agent-orchestrator.io/web-1 (PR #11 merged)
        would delete session.agent-orchestrator.io/web-2 (PR #12 closed)
        would delete session.agent-orchestrator.io/web-3 (phase Done)
        4 Sessions would be deleted; run without --dry-run to delete.
        """);
    assertThat(cluster.get("web-1")).isNotNull();
  }

  @Test
  void should_delete_merged_closed_and_done_sessions_of_a_project() {
    Result r = ao.run("session", "cleanup", "-p", "webapp");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("deleted session.agent-orchestrator.io/web-1 (PR #11 merged)", "3 Sessions deleted.");
    assertThat(cluster.get("web-1")).isNull();
    assertThat(cluster.get("web-2")).isNull();
    assertThat(cluster.get("web-3")).isNull();
    assertThat(cluster.get("web-4")).as("open PR stays").isNotNull();
    assertThat(cluster.get("api-1")).as("other project stays").isNotNull();
  }

  @Test
  void should_print_only_names_with_o_name() {
    Result r = ao.run("session", "cleanup", "-p", "api", "-o", "name");

    assertThat(r.out()).isEqualTo("session.agent-orchestrator.io/api-1\n");
    assertThat(cluster.get("api-1")).isNull();
  }

  @Test
  void should_say_when_there_is_nothing_to_clean_up() {
    ao.run("session", "cleanup");

    Result r = ao.run("session", "cleanup");

    assertThat(r.out()).isEqualTo("Nothing to clean up in namespace team-a (context test).\n");
  }
}
