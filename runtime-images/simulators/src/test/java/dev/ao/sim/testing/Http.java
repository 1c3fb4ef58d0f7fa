package dev.ao.sim.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON HTTP client for tests, speaking to the simulators as a real client would. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String authorization;

  /** One response: status, headers, parsed body (MissingNode when empty). */
  public record Response(int status, Map<String, java.util.List<String>> headers, JsonNode json, String text) {

    public String header(String name) {
      for (Map.Entry<String, java.util.List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  public Http(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  /** A client sending {@code Authorization: Bearer <token>}. */
  public static Http bearer(String baseUrl, String token) {
    return new Http(baseUrl, "Bearer " + token);
  }

  public static Http anonymous(String baseUrl) {
    return new Http(baseUrl, null);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response get(String path, String ifNoneMatch) {
    return send(request(path).header("If-None-Match", ifNoneMatch).GET());
  }

  public Response post(String path, Object body) {
    return send(request(path).POST(bodyOf(body)));
  }

  public Response put(String path, Object body) {
    return send(request(path).PUT(bodyOf(body)));
  }

  public Response patch(String path, Object body) {
    return send(request(path).method("PATCH", bodyOf(body)));
  }

  /** POSTs a GraphQL query with variables to {@code path}. */
  public Response graphql(String path, String query, Map<String, Object> variables) {
    return post(path, Map.of("query", query, "variables", variables));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher bodyOf(Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return HttpRequest.BodyPublishers.ofString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode json = text == null || text.isBlank()
          ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
          : parse(text);
      return new Response(response.statusCode(), response.headers().map(), json, text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    }
  }
}
