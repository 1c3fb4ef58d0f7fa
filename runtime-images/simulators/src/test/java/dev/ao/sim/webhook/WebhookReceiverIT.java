package dev.ao.sim.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverIT {

  private static final String SECRET = "whsec_test";
  private static final String BODY = "{\"event\":\"session.merged\",\"session\":\"app-1\"}";

  private final HttpClient http = HttpClient.newHttpClient();
  private WebhookReceiver receiver;

  @BeforeEach
  void start() {
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void should_record_a_slack_style_post_and_answer_ok() throws Exception {
    HttpResponse<String> response = post("/services/T000/B000/XXX", "{\"text\":\"PR is ready\"}", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ok");

    RecordedRequest recorded = receiver.awaitRequests(1, Duration.ofSeconds(5)).get(0);
    assertThat(recorded.path()).isEqualTo("/services/T000/B000/XXX");
    assertThat(recorded.header("content-type")).isEqualTo("application/json");
    assertThat(recorded.json().path("text").asText()).isEqualTo("PR is ready");
  }

  @Test
  void should_verify_a_correct_hmac_and_reject_a_wrong_one() throws Exception {
    receiver.requireSignature("X-Signature-256", SECRET);
    String good = HmacSignatures.sign(SECRET, BODY.getBytes(StandardCharsets.UTF_8));
    assertThat(good).startsWith("sha256=").hasSize(7 + 64);

    assertThat(post("/hook", BODY, good).statusCode()).isEqualTo(200);
    String wrong = HmacSignatures.sign("another-secret", BODY.getBytes(StandardCharsets.UTF_8));
    assertThat(post("/hook", BODY, wrong).statusCode()).isEqualTo(401);
    assertThat(post("/hook", BODY, null).statusCode()).isEqualTo(401);

    List<RecordedRequest> requests = receiver.requests();
    assertThat(requests).extracting(RecordedRequest::answeredStatus).containsExactly(200, 401, 401);
    assertThat(requests.get(0).hasValidSignature("X-Signature-256", SECRET)).isTrue();
    assertThat(requests.get(1).hasValidSignature("X-Signature-256", SECRET)).isFalse();
  }

  @Test
  void should_fail_the_next_requests_for_retry_tests() throws Exception {
    receiver.failNext(2, 500);
    assertThat(post("/hook", BODY, null).statusCode()).isEqualTo(500);
    assertThat(post("/hook", BODY, null).statusCode()).isEqualTo(500);
    assertThat(post("/hook", BODY, null).statusCode()).isEqualTo(200);
    assertThat(receiver.requests()).hasSize(3);
  }

  private HttpResponse<String> post(String path, String body, String signature) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(receiver.url(path)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Signature-256", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
