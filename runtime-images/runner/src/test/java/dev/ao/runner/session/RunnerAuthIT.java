package dev.ao.runner.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.runner.testing.FakeAgentSession;
import dev.ao.runner.testing.FakeAgentSession.Options;
import dev.ao.runner.testing.RunnerApiClient.Reply;
import dev.ao.runner.testing.RunnerJar;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every API call needs the session's bearer token; without it nothing happens. */
class RunnerAuthIT {
  @TempDir Path dir;

  @Test
  void rejects_missing_and_wrong_tokens_on_every_endpoint_without_side_effects() throws Exception {
    try (FakeAgentSession session = FakeAgentSession.start(dir, Options.postLaunch(null))) {
      List<String> badTokens = java.util.Arrays.asList(null, "wrong", session.token + "x", session.token.substring(1));
      for (String bad : badTokens) {
        for (String path : List.of("/healthz", "/v1/status", "/v1/output?lines=5", "/no/such/path")) {
          Reply reply = session.api.send(HttpRequest.newBuilder(URI.create(session.api.base() + path)).GET(), bad);
          assertThat(reply.status()).as("GET %s with token %s", path, bad).isEqualTo(401);
          assertThat(reply.body()).doesNotContain("alive").doesNotContain("fake-agent");
        }
        Reply post = session.api.postMessage("m-1", "must not arrive", bad);
        assertThat(post.status()).isEqualTo(401);
      }
      Reply basic = session.api.send(HttpRequest.newBuilder(URI.create(session.api.base() + "/v1/status"))
          .header("Authorization", "Basic " + session.token).GET(), null);
      assertThat(basic.status()).isEqualTo(401);

      Thread.sleep(1000);
      assertThat(session.agentLog.entries()).as("nothing reached the agent").isEmpty();
      assertThat(session.api.get("/v1/status").json().path("deliveredMessages").asInt()).isZero();
      // The rejected id was not recorded: with the right token it is a first delivery.
      Reply accepted = session.api.postMessage("m-1", "now it may arrive");
      assertThat(accepted.json().path("duplicate").asBoolean()).isFalse();
      assertThat(session.awaitReceived("MSG", 1)).containsExactly("now it may arrive");
    }
  }

  @Test
  void refuses_to_start_without_a_token_file() throws Exception {
    Path termination = dir.resolve("termination-log");
    Map<String, String> env = Map.of(
        "AO_WORKSPACE", Files.createDirectories(dir.resolve("ws")).toString(),
        "AO_AGENT_PROFILE", "{\"command\":[\"sh\"]}",
        "AO_RUNNER_TOKEN_FILE", dir.resolve("absent").toString(),
        "AO_RUNNER_PORT", "0",
        "AO_TERMINATION_MESSAGE_PATH", termination.toString());
    RunnerJar.Result result = RunnerJar.run(dir, env, Duration.ofSeconds(30), "run");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(Files.readString(termination)).contains("runner token file").endsWith("\n").hasLineCount(1);
  }
}
