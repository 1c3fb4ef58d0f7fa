package dev.ao.runner.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.runner.testing.FakeAgentSession;
import dev.ao.runner.testing.FakeAgentSession.Options;
import dev.ao.runner.testing.RunnerApiClient.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Activity and exit reporting as the fake agent works, goes quiet, asks and exits. */
class ActivityLifecycleIT {
  @TempDir Path dir;

  @Test
  void reports_active_idle_waiting_input_and_exited_with_the_exit_code() throws Exception {
    Options options = new Options("argument", "Implement issue 7 as an argument", 0, 2, 4);
    try (FakeAgentSession session = FakeAgentSession.start(dir, options)) {
      assertThat(session.awaitReceived("PROMPT", 1)).containsExactly("Implement issue 7 as an argument");

      assertThat(session.api.postMessage("busy", "/busy 3").status()).isEqualTo(200);
      assertThat(session.activity()).isEqualTo("Active");
      Thread.sleep(1500);
      assertThat(session.activity()).as("still printing").isEqualTo("Active");

      await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
          .until(() -> session.activity().equals("Idle"));

      assertThat(session.api.postMessage("ask", "/ask").status()).isEqualTo(200);
      await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
          .until(() -> session.activity().equals("WaitingInput"));
      assertThat(session.api.postMessage("answer", "y").status()).isEqualTo(200);
      assertThat(session.awaitReceived("ANSWER", 1)).containsExactly("y");

      Reply exit = session.api.postMessage("exit", "/exit 3");
      assertThat(exit.status()).isEqualTo(200);
      await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
          .until(() -> session.activity().equals("Exited"));
      Instant exitedSeenAt = Instant.now();
      JsonNode status = session.api.get("/v1/status").json();
      assertThat(status.path("alive").asBoolean()).isFalse();
      assertThat(status.path("exitCode").asInt()).isEqualTo(3);
      assertThat(status.path("deliveredMessages").asInt()).isEqualTo(4);

      Reply late = session.api.postMessage("late", "anyone there?");
      assertThat(late.status()).isEqualTo(409);
      assertThat(late.json().path("status").asText()).isEqualTo("AgentExited");
      assertThat(session.api.get("/v1/output?lines=20").body()).contains("bye");

      // The runner lingers so the operator can read the exit, then ends with the agent's code.
      int code = session.runner.waitFor(Duration.ofSeconds(20));
      assertThat(code).isEqualTo(3);
      assertThat(Duration.between(exitedSeenAt, Instant.now())).isGreaterThan(Duration.ofSeconds(2));
    }
  }
}
