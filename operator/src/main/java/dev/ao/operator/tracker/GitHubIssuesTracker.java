package dev.ao.operator.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitHub Issues over REST with conditional requests: an unchanged issue costs a 304, which does not
 * count against the rate limit. An issue closed as completed is done; closed as not planned is too.
 */
public class GitHubIssuesTracker implements TrackerClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final String apiUrl;
  private final String repository;
  private final String token;
  private final Map<String, String[]> etags = new ConcurrentHashMap<>();

  public GitHubIssuesTracker(HttpClient http, String apiUrl, String repository, String token) {
    this.http = http;
    this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    this.repository = repository;
    this.token = token;
  }

  @Override
  public IssueInfo issue(String id) throws Exception {
    String number = id.startsWith("#") ? id.substring(1) : id;
    String url = apiUrl + "/repos/" + repository + "/issues/" + number;
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
        .header("Accept", "application/vnd.github+json").header("User-Agent", "agent-orchestrator");
    if (token != null) {
      req.header("Authorization", "Bearer " + token);
    }
    String[] cached = etags.get(url);
    if (cached != null) {
      req.header("If-None-Match", cached[0]);
    }
    HttpResponse<String> r = http.send(req.GET().build(), HttpResponse.BodyHandlers.ofString());
    String body;
    if (r.statusCode() == 304 && cached != null) {
      body = cached[1];
    } else if (r.statusCode() == 404) {
      return null;
    } else if (r.statusCode() >= 300) {
      throw new IllegalStateException("GitHub issues answered " + r.statusCode() + " for " + repository + "#" + number);
    } else {
      body = r.body();
      String etag = r.headers().firstValue("etag").orElse(null);
      if (etag != null) {
        etags.put(url, new String[] {etag, body});
      }
    }
    JsonNode i = JSON.readTree(body);
    List<String> labels = new ArrayList<>();
    i.path("labels").forEach(l -> labels.add(l.path("name").asText()));
    return new IssueInfo("#" + number, i.path("title").asText(null), i.path("body").asText(null), labels, i.path("html_url").asText(null),
        "closed".equals(i.path("state").asText()));
  }
}
