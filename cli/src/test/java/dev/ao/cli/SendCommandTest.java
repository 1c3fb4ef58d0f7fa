package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ao.api.v1alpha1.session.DeliveredMessage;
import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
    cluster.session("web-1", "webapp", "42");
    cluster.phase("web-1", SessionPhase.Working);
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_append_the_message_with_a_new_unique_id() {
    Result r = ao.run("send", "web-1", "please", "rebase", "on", "main");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<Message> messages = cluster.get("web-1").getSpec().messages;
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).text).isEqualTo("please rebase on main");
    assertThat(messages.get(0).id).matches("cli-\\d{13}-[0-9a-f]{6}");
    assertThat(r.out()).isEqualTo("message " + messages.get(0).id + " queued for web-1\n");
  }

  @Test
  void should_read_the_message_from_a_file_or_stdin() throws Exception {
    Path file = Files.writeString(ao.home().resolve("msg.txt"), "line one\nline two\n");
    assertThat(ao.run("send", "web-1", "-f", file.toString()).exitCode()).isZero();
    assertThat(ao.stdin("from stdin").run("send", "web-1", "-f", "-").exitCode()).isZero();

    assertThat(cluster.get("web-1").getSpec().messages).extracting(m -> m.text).containsExactly("line one\nline two", "from stdin");
  }

  @Test
  void should_not_lose_messages_sent_at_the_same_time() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Result>> sends = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String text = "message " + i;
      sends.add(pool.submit(() -> ao.run("send", "web-1", text)));
    }
    for (Future<Result> f : sends) {
      assertThat(f.get().exitCode()).as(f.get().toString()).isZero();
    }
    pool.shutdown();

    assertThat(cluster.get("web-1").getSpec().messages).hasSize(12).extracting(m -> m.id).doesNotHaveDuplicates();
  }

  @Test
  void should_prune_delivered_messages_when_the_list_is_full() {
    fill(100, 30);

    Result r = ao.run("send", "web-1", "one more");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("(removed 30 delivered messages to make room)");
    List<Message> messages = cluster.get("web-1").getSpec().messages;
    assertThat(messages).hasSize(71);
    assertThat(messages.get(0).id).isEqualTo("m-30");
    assertThat(messages.get(70).text).isEqualTo("one more");
  }

  @Test
  void should_refuse_when_the_list_is_full_of_undelivered_messages() {
    fill(100, 0);

    Result r = ao.run("send", "web-1", "one more");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("already has 100 messages waiting for delivery (the limit is 100)");
    assertThat(cluster.get("web-1").getSpec().messages).hasSize(100);
  }

  @Test
  void should_refuse_a_message_longer_than_the_schema_allows() {
    Result r = ao.run("send", "web-1", "x".repeat(16385));

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("spec.messages[0].text: Too long: must have at most 16384 characters");
    assertThat(cluster.get("web-1").getSpec().messages).isNull();
  }

  @Test
  void should_wait_until_the_operator_confirms_delivery() throws Exception {
    CommandHarness.Running send = ao.start("send", "web-1", "hello", "--wait", "--timeout", "20s");
    await().atMost(Duration.ofSeconds(10)).until(() -> cluster.get("web-1").getSpec().messages != null);
    String id = cluster.get("web-1").getSpec().messages.get(0).id;

    cluster.status("web-1", st -> st.deliveredMessages.add(new DeliveredMessage(id, "2026-11-24T12:00:00Z")));

    Result r = send.await(15);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("queued for web-1", "delivered to web-1 at 2026-11-24T12:00:00Z");
  }

  @Test
  void should_time_out_with_a_clear_error_when_delivery_is_not_confirmed() {
    Result r = ao.run("send", "web-1", "hello", "--wait", "--timeout", "1s");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.CLUSTER_ERROR);
    assertThat(r.err()).contains("was not delivered to web-1 within 1s (phase Working)", "stays queued");
    assertThat(cluster.get("web-1").getSpec().messages).hasSize(1);
  }

  @Test
  void should_suggest_close_names_when_the_session_does_not_exist() {
    Result r = ao.run("send", "web1", "hello");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("No Session \"web1\" in namespace team-a", "Did you mean web-1?");
  }

  @Test
  void should_want_text_or_a_file_but_not_both() {
    assertThat(ao.run("send", "web-1").exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    Result both = ao.run("send", "web-1", "hi", "-f", "x.txt");
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(both.err()).contains("either as text or with -f <file>");
  }

  /** n messages m-0..m-(n-1), of which the first `delivered` are confirmed in status. */
  private void fill(int n, int delivered) {
    Session s = cluster.get("web-1");
    s.getSpec().messages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      s.getSpec().messages.add(new Message("m-" + i, "text " + i));
    }
    ao.client().resources(Session.class).inNamespace(CommandHarness.NAMESPACE).resource(s).update();
    cluster.status("web-1", st -> {
      for (int i = 0; i < delivered; i++) {
        st.deliveredMessages.add(new DeliveredMessage("m-" + i, "2026-11-24T12:00:00Z"));
      }
    });
  }
}
