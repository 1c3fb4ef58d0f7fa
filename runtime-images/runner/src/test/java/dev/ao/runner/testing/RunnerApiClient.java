package dev.ao.runner.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls the runner API the way the operator does. */
public final class RunnerApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;
  private final String token;

  public RunnerApiClient(int port, String token) {
    this.base = "http://127.0.0.1:" + port;
    this.token = token;
  }

  public record Reply(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  public Reply get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
  }

  public Reply postMessage(String id, String text) throws IOException, InterruptedException {
    return postMessage(id, text, token);
  }

  public Reply postMessage(String id, String text, String bearer) throws IOException, InterruptedException {
    byte[] body = JSON.writeValueAsBytes(Map.of("id", id, "text", text));
    return send(HttpRequest.newBuilder(URI.create(base + "/v1/messages"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), bearer);
  }

  public Reply send(HttpRequest.Builder request, String bearer) throws IOException, InterruptedException {
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  public String base() {
    return base;
  }

  /** True once the API answers (the runner is up). */
  public boolean up() {
    try {
      return get("/healthz").status() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
