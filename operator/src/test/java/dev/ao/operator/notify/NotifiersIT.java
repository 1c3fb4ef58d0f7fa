package dev.ao.operator.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.project.Priority;
import dev.ao.sim.webhook.RecordedRequest;
import dev.ao.sim.webhook.WebhookReceiver;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack and generic webhook notifiers against a real HTTP receiver. */
class NotifiersIT {
  private static final Notification CI =
      new Notification("team-a", "webapp", "webapp-7", "ci-failed", Priority.WARNING, "webapp-7: ci-failed", "CI is failing:\n- build (failure)",
          "https://github.com/acme/webapp/pull/12", "CIFailed");
  private WebhookReceiver receiver;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void slack_gets_readable_blocks_with_session_phase_and_pr_link() throws Exception {
    new SlackNotifier(http, receiver.url("/services/T000/B000/XXX")).send(CI);

    RecordedRequest r = receiver.awaitRequests(1, Duration.ofSeconds(5)).get(0);
    JsonNode body = r.json();
    assertThat(body.path("text").asText()).startsWith("webapp-7: ci-failed");
    assertThat(body.path("blocks").get(0).path("text").path("text").asText()).isEqualTo("webapp-7: ci-failed");
    assertThat(body.path("blocks").get(1).path("text").path("text").asText()).contains("- build (failure)");
    assertThat(body.path("blocks").get(2).path("elements").get(0).path("text").asText())
        .contains("`webapp-7`").contains("CIFailed").contains("<https://github.com/acme/webapp/pull/12|pull request>");
  }

  @Test
  void webhook_body_is_json_signed_with_hmac_sha256_that_the_receiver_verifies() throws Exception {
    receiver.requireSignature(WebhookNotifier.SIGNATURE_HEADER, "shh");
    new WebhookNotifier(http, receiver.url("/hook"), "shh", 2, Duration.ofMillis(10)).send(CI);

    RecordedRequest r = receiver.awaitRequests(1, Duration.ofSeconds(5)).get(0);
    assertThat(r.hasValidSignature(WebhookNotifier.SIGNATURE_HEADER, "shh")).isTrue();
    assertThat(r.hasValidSignature(WebhookNotifier.SIGNATURE_HEADER, "wrong")).isFalse();
    assertThat(r.json().path("event").asText()).isEqualTo("ci-failed");
    assertThat(r.json().path("priority").asText()).isEqualTo("warning");
    assertThat(r.json().path("session").asText()).isEqualTo("webapp-7");
  }

  @Test
  void webhook_retries_with_backoff_and_gives_up_after_its_retries() throws Exception {
    receiver.failNext(2, 500);
    new WebhookNotifier(http, receiver.url("/hook"), null, 3, Duration.ofMillis(10)).send(CI);
    List<RecordedRequest> all = receiver.requests();
    assertThat(all).hasSize(3);

    receiver.clear();
    receiver.failNext(10, 503);
    assertThatThrownBy(() -> new WebhookNotifier(http, receiver.url("/hook"), null, 2, Duration.ofMillis(10)).send(CI))
        .hasMessageContaining("503");
    assertThat(receiver.requests()).hasSize(3);
  }
}
