package dev.ao.runner.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.runner.testing.FakeAgentSession;
import dev.ao.runner.testing.FakeAgentSession.Options;
import dev.ao.runner.testing.RunnerApiClient.Reply;
import dev.ao.runner.testing.RunnerJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Message delivery through the real runner, real tmux and the fake agent. */
class MessageDeliveryIT {
  @TempDir Path dir;

  @Test
  void types_the_initial_prompt_then_delivers_100_messages_exactly_once_and_in_order() throws Exception {
    String prompt = "Fix issue #123:\nthe login button does nothing\n\n(see the screenshot)";
    // Every 7th paste, the fake agent swallows the first Enter, like the seed's tmux race.
    try (FakeAgentSession session = FakeAgentSession.start(dir, Options.postLaunch(prompt).swallowEvery(7))) {
      assertThat(session.awaitReceived("MSG", 1)).containsExactly(prompt);

      List<String> texts = messages(100);
      List<Long> latencies = new ArrayList<>();
      int failures = 0;
      for (int i = 0; i < texts.size(); i++) {
        long start = System.nanoTime();
        Reply reply = session.api.postMessage("m-" + i, texts.get(i));
        latencies.add((System.nanoTime() - start) / 1_000_000);
        if (reply.status() != 200) {
          failures++;
          continue;
        }
        assertThat(reply.json().path("status").asText()).isEqualTo("Delivered");
        assertThat(reply.json().path("duplicate").asBoolean()).isFalse();
        if (i % 10 == 3) {
          Reply again = session.api.postMessage("m-" + i, texts.get(i));
          assertThat(again.status()).isEqualTo(200);
          assertThat(again.json().path("duplicate").asBoolean()).isTrue();
          assertThat(again.json().path("deliveredAt").asText()).isEqualTo(reply.json().path("deliveredAt").asText());
        }
      }

      List<String> received = session.awaitReceived("MSG", 101);
      assertThat(failures).isZero();
      assertThat(received.subList(1, received.size())).containsExactlyElementsOf(texts);
      int swallowed = session.agentLog.texts("SWALLOWED").size();
      assertThat(swallowed).as("the swallowed-Enter case must have been exercised and recovered").isPositive();
      assertThat(session.api.get("/v1/status").json().path("deliveredMessages").asInt()).isEqualTo(100);
      assertThat(session.runner.stdout()).as("pane mirrored for kubectl logs").contains("received #101");

      Collections.sort(latencies);
      System.out.printf("MESSAGE-DELIVERY count=%d failures=%d medianLatencyMs=%d p95LatencyMs=%d maxLatencyMs=%d"
              + " swallowedEntersRecovered=%d%n",
          texts.size(), failures, latencies.get(latencies.size() / 2),
          latencies.get((int) (latencies.size() * 0.95)), latencies.get(latencies.size() - 1), swallowed);
      System.out.printf("RUNNER-RSS rssKiB=%d jvm=-Xmx64m (after %d messages)%n", session.runner.rssKiB(), texts.size());
    }
  }

  @Test
  void concurrent_messages_are_delivered_one_at_a_time_and_a_repeated_id_only_once() throws Exception {
    try (FakeAgentSession session = FakeAgentSession.start(dir, Options.postLaunch(null))) {
      ExecutorService pool = Executors.newFixedThreadPool(12);
      List<Callable<Reply>> calls = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String text = "parallel message " + i + "\nsecond line of " + i + " " + "x".repeat(300 + i);
        texts.add(text);
        calls.add(() -> session.api.postMessage("p-" + texts.indexOf(text), text));
      }
      for (int i = 0; i < 4; i++) {
        calls.add(() -> session.api.postMessage("same-id", "only once please"));
      }
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> f : pool.invokeAll(calls)) {
        replies.add(f.get());
      }
      pool.shutdown();

      assertThat(replies).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
      assertThat(replies.subList(8, 12).stream().filter(r -> !r.json().path("duplicate").asBoolean()))
          .as("exactly one of the four same-id calls delivers").hasSize(1);
      List<String> received = session.awaitReceived("MSG", 9);
      Thread.sleep(500); // a second delivery of same-id would show up by now
      assertThat(session.agentLog.texts("MSG"))
          .hasSize(9)
          .containsExactlyInAnyOrderElementsOf(concat(texts, List.of("only once please")));
      assertThat(received).doesNotHaveDuplicates();
    }
  }

  @Test
  void send_helper_posts_through_the_local_api_with_the_token_file() throws Exception {
    try (FakeAgentSession session = FakeAgentSession.start(dir, Options.postLaunch(null))) {
      int port = Integer.parseInt(session.api.base().substring(session.api.base().lastIndexOf(':') + 1));
      Map<String, String> env = Map.of(
          "AO_RUNNER_PORT", Integer.toString(port), "AO_RUNNER_TOKEN_FILE", dir.resolve("runner-token").toString());
      Path file = Files.writeString(dir.resolve("message.txt"), "from a file\nwith two lines\n");

      RunnerJar.Result first = RunnerJar.run(dir, env, Duration.ofSeconds(30), "send", "--id", "s-1", "hello from send");
      RunnerJar.Result again = RunnerJar.run(dir, env, Duration.ofSeconds(30), "send", "--id", "s-1", "hello from send");
      RunnerJar.Result fromFile = RunnerJar.run(dir, env, Duration.ofSeconds(30), "send", "-f", file.toString());
      RunnerJar.Result noToken = RunnerJar.run(dir, Map.of("AO_RUNNER_PORT", Integer.toString(port),
          "AO_RUNNER_TOKEN_FILE", dir.resolve("missing").toString()), Duration.ofSeconds(30), "send", "x");

      assertThat(first.exitCode()).isZero();
      assertThat(first.stdout()).startsWith("Delivered s-1");
      assertThat(again.exitCode()).isZero();
      assertThat(again.stdout()).contains("already delivered");
      assertThat(fromFile.exitCode()).isZero();
      assertThat(noToken.exitCode()).isEqualTo(1);
      assertThat(noToken.stderr()).contains("cannot read the runner token file");
      assertThat(session.awaitReceived("MSG", 2)).containsExactly("hello from send", "from a file\nwith two lines");
      assertThat(first.stdout() + first.stderr()).doesNotContain(session.token);
    }
  }

  /** Short, multi-line (with blank lines, tabs and non-ASCII) and 10 KiB messages. */
  static List<String> messages(int count) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i % 10 == 0) {
        StringBuilder big = new StringBuilder();
        for (int line = 0; big.length() < 10 * 1024; line++) {
          big.append("message ").append(i).append(" line ").append(line).append(": ")
              .append("CI log excerpt — expected <200> but was <500> ".repeat(2)).append('\n');
        }
        texts.add(big.substring(0, 10 * 1024 - 1) + "!");
      } else if (i % 10 == 5) {
        texts.add("Review comments for message " + i + ":\n\n- src/App.java:42\tuse a constant\n"
            + "- README.md: typo «recieve» → receive\n\nPlease fix all of them.");
      } else {
        texts.add("message " + i + ": please rerun the failing test `LoginIT` and push");
      }
    }
    return texts;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
