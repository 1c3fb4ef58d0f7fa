package dev.ao.operator.scm.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.operator.scm.RateBudget;
import dev.ao.operator.scm.ScmException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitHub's HTTP conventions in one place: auth, rate-limit headers (kept per resource), conditional
 * GETs with an ETag cache (a 304 is free), and turning 403/429/5xx into an {@link ScmException}
 * that says when to retry. Never logs or returns the token.
 */
public class GitHubHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final Clock clock;
  private final Map<String, RateBudget> budgets = new ConcurrentHashMap<>();
  private final Map<String, Cached> etags = new ConcurrentHashMap<>();
  private final RequestCounter counter;

  /** Counts requests for metrics as {@code <api>_<result>}: api graphql|rest, result 200|304|error|rate_limited. */
  public interface RequestCounter {
    void count(String result);
  }

  private record Cached(String etag, JsonNode body) {}

  public GitHubHttp(Clock clock, RequestCounter counter) {
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    this.clock = clock;
    this.counter = counter;
  }

  public List<RateBudget> budgets() {
    return List.copyOf(budgets.values());
  }

  /** Conditional GET: served from the ETag cache on 304. */
  JsonNode get(String url, String token) throws ScmException {
    Cached cached = etags.get(cacheKey(url, token));
    HttpRequest.Builder req = request(url, token).GET();
    if (cached != null) {
      req.header("If-None-Match", cached.etag());
    }
    HttpResponse<String> resp = send(req.build(), "rest");
    if (resp.statusCode() == 304 && cached != null) {
      counter.count("rest_304");
      return cached.body();
    }
    JsonNode body = parse(resp, "rest");
    resp.headers().firstValue("etag").ifPresent(etag -> etags.put(cacheKey(url, token), new Cached(etag, body)));
    return body;
  }

  JsonNode send(String method, String url, String token, Object payload) throws ScmException {
    HttpRequest req = request(url, token).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(write(payload))).build();
    return parse(send(req, "rest"), "rest");
  }

  /** A GraphQL POST; the {@code data} node, with GitHub's error shapes turned into {@link ScmException}s. */
  public JsonNode graphql(String url, String token, String query, Map<String, Object> variables) throws ScmException {
    HttpRequest req = request(url, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("query", query, "variables", variables)))).build();
    JsonNode body = parse(send(req, "graphql"), "graphql");
    JsonNode errors = body.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      String type = errors.get(0).path("type").asText("");
      if ("RATE_LIMITED".equals(type)) {
        counter.count("graphql_rate_limited");
        throw new ScmException("GitHub GraphQL rate limit exhausted", 403, resetOf("graphql"));
      }
      if (body.path("data").isMissingNode() || body.path("data").isNull()) {
        counter.count("graphql_error");
        throw new ScmException("GitHub GraphQL error: " + errors.get(0).path("message").asText(), 200, null);
      }
    }
    counter.count("graphql_200");
    JsonNode rate = body.path("data").path("rateLimit");
    if (rate.has("remaining")) {
      budgets.put("graphql", new RateBudget("graphql", rate.path("limit").asInt(), rate.path("remaining").asInt(), Instant.parse(rate.path("resetAt").asText())));
    }
    return body.path("data");
  }

  private HttpRequest.Builder request(String url, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/vnd.github+json").header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "agent-orchestrator");
    if (token != null && !token.isBlank()) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest req, String kind) throws ScmException {
    HttpResponse<String> resp;
    try {
      resp = http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      counter.count(kind + "_error");
      throw new ScmException("GitHub unreachable at " + req.uri().getHost() + ": " + e.getMessage(), 0, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScmException("interrupted", 0, null);
    }
    recordBudget(resp.headers());
    return resp;
  }

  private JsonNode parse(HttpResponse<String> resp, String kind) throws ScmException {
    int code = resp.statusCode();
    Optional<String> retryAfter = resp.headers().firstValue("retry-after");
    if (code == 429 || (code == 403 && (retryAfter.isPresent() || "0".equals(resp.headers().firstValue("x-ratelimit-remaining").orElse(null))))) {
      counter.count(kind + "_rate_limited");
      Instant at = retryAfter.map(s -> clock.instant().plusSeconds(Long.parseLong(s.trim())))
          .orElseGet(() -> resetOf(resp.headers().firstValue("x-ratelimit-resource").orElse("core")));
      throw new ScmException("GitHub rate limit (" + code + "): " + message(resp.body()), code, at == null ? clock.instant().plusSeconds(60) : at);
    }
    if (code >= 400) {
      counter.count(kind + "_error");
      throw new ScmException("GitHub " + req(resp) + " returned " + code + ": " + message(resp.body()), code, null);
    }
    if (!"graphql".equals(kind)) {
      // GraphQL answers 200 with errors in the body: graphql() counts it once it has looked.
      counter.count(kind + "_200");
    }
    try {
      return resp.body() == null || resp.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(resp.body());
    } catch (IOException e) {
      throw new ScmException("GitHub returned unreadable JSON: " + e.getMessage(), code, null);
    }
  }

  private void recordBudget(HttpHeaders h) {
    Optional<String> remaining = h.firstValue("x-ratelimit-remaining");
    Optional<String> limit = h.firstValue("x-ratelimit-limit");
    if (remaining.isPresent() && limit.isPresent()) {
      String resource = h.firstValue("x-ratelimit-resource").orElse("core");
      Instant reset = h.firstValue("x-ratelimit-reset").map(s -> Instant.ofEpochSecond(Long.parseLong(s.trim()))).orElse(null);
      budgets.put(resource, new RateBudget(resource, Integer.parseInt(limit.get().trim()), Integer.parseInt(remaining.get().trim()), reset));
    }
  }

  private Instant resetOf(String resource) {
    RateBudget b = budgets.get(resource);
    return b == null ? null : b.resetAt();
  }

  private static String req(HttpResponse<String> r) {
    return r.request().method() + " " + r.request().uri().getPath();
  }

  private static String message(String body) {
    try {
      return JSON.readTree(body).path("message").asText(body);
    } catch (IOException | RuntimeException e) {
      return body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
    }
  }

  private static String write(Object o) throws ScmException {
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new ScmException("cannot encode request: " + e.getMessage(), 0, null);
    }
  }

  private static String cacheKey(String url, String token) {
    return Integer.toHexString(token == null ? 0 : token.hashCode()) + " " + url;
  }
}
