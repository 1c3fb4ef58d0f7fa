package dev.ao.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionKillCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
    cluster.session("web-1", "webapp", "42");
    cluster.session("web-2", "webapp", "43");
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_delete_the_sessions() {
    Result r = ao.run("session", "kill", "web-1", "web-2");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("""
        session.agent-orchestrator.io/web-1 deleted
        session.agent-orchestrator.io/web-2 deleted
        """);
    assertThat(cluster.get("web-1")).isNull();
    assertThat(cluster.get("web-2")).isNull();
  }

  @Test
  void should_set_the_keep_workspace_annotation_before_deleting() throws Exception {
    cluster.status("web-1", st -> st.workspace = "web-1-workspace");
    List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    try (Watch w = ao.client().resources(Session.class).inNamespace(CommandHarness.NAMESPACE).withName("web-1").watch(new Watcher<>() {
      @Override
      public void eventReceived(Action action, Session s) {
        seen.add(s.getMetadata().getAnnotations() == null ? Map.of() : s.getMetadata().getAnnotations());
      }

      @Override
      public void onClose(WatcherException cause) {}
    })) {
      Thread.sleep(300);
      Result r = ao.run("session", "kill", "web-1", "--keep-workspace");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("web-1 deleted (workspace kept: PersistentVolumeClaim web-1-workspace)");
      org.awaitility.Awaitility.await().until(() -> seen.size() >= 2);
    }
    assertThat(cluster.get("web-1")).isNull();
    assertThat(seen).as("the delete event carries the annotation the operator reads")
        .last().satisfies(a -> assertThat(a).containsEntry("agent-orchestrator.io/keep-workspace", "true"));
  }

  @Test
  void should_delete_nothing_when_a_name_is_wrong() {
    Result r = ao.run("session", "kill", "web-1", "web-3");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("No Session \"web-3\"", "Did you mean web-1, web-2?");
    assertThat(cluster.get("web-1")).isNotNull();
  }
}
