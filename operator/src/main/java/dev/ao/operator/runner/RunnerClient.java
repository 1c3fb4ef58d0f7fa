package dev.ao.operator.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.api.v1alpha1.session.Activity;
import dev.ao.operator.lifecycle.RunnerObservation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The operator's side of the in-pod runner API (see runtime-images/README.md): status and
 * confirmed message delivery, authenticated with the Session's runner token.
 */
public class RunnerClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final Duration deliveryTimeout;

  public RunnerClient(Duration deliveryTimeout) {
    this.deliveryTimeout = deliveryTimeout;
  }

  /** Where a runner listens and how to authenticate. {@link #toString()} hides the token. */
  public record Endpoint(String host, int port, String token) {
    String url(String path) {
      return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + path;
    }

    @Override
    public String toString() {
      return host + ":" + port;
    }
  }

  /** Result of one delivery: delivered (now or earlier), or why not. */
  public record Delivery(boolean delivered, String deliveredAt, String error) {}

  public RunnerObservation status(Endpoint e) {
    try {
      HttpResponse<String> r = http.send(auth(e, "/v1/status").timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return RunnerObservation.unreachable("runner answered " + r.statusCode());
      }
      JsonNode s = JSON.readTree(r.body());
      Activity activity = s.hasNonNull("activity") ? Activity.valueOf(s.path("activity").asText()) : null;
      Instant lastOutput = s.hasNonNull("lastOutputAt") ? Instant.parse(s.path("lastOutputAt").asText()) : null;
      Integer exit = s.hasNonNull("exitCode") ? s.path("exitCode").asInt() : null;
      return RunnerObservation.of(activity, lastOutput, exit);
    } catch (IOException | IllegalArgumentException ex) {
      return RunnerObservation.unreachable(ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return RunnerObservation.unreachable("interrupted");
    }
  }

  public Delivery deliver(Endpoint e, String id, String text) {
    try {
      String body = JSON.writeValueAsString(Map.of("id", id, "text", text));
      HttpRequest req = auth(e, "/v1/messages").timeout(deliveryTimeout).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      JsonNode reply = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
      if (r.statusCode() == 200) {
        return new Delivery(true, reply.path("deliveredAt").asText(Instant.now().toString()), null);
      }
      return new Delivery(false, null, "runner answered " + r.statusCode() + ": " + reply.path("error").asText(reply.path("status").asText("")));
    } catch (IOException ex) {
      return new Delivery(false, null, ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return new Delivery(false, null, "interrupted");
    }
  }

  private static HttpRequest.Builder auth(Endpoint e, String path) {
    return HttpRequest.newBuilder(URI.create(e.url(path))).header("Authorization", "Bearer " + e.token());
  }
}
