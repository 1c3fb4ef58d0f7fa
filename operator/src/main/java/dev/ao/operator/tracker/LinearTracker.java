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

/** Linear's GraphQL API: an issue whose workflow state type is completed or canceled is done. */
public class LinearTracker implements TrackerClient {
  public static final String DEFAULT_URL = "https://api.linear.app/graphql";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUERY =
      "query($id: String!) { issue(id: $id) { identifier title description url labels { nodes { name } } state { name type } } }";
  private final HttpClient http;
  private final String url;
  private final String apiKey;

  public LinearTracker(HttpClient http, String url, String apiKey) {
    this.http = http;
    this.url = url == null ? DEFAULT_URL : url;
    this.apiKey = apiKey;
  }

  @Override
  public IssueInfo issue(String id) throws Exception {
    String body = JSON.writeValueAsString(Map.of("query", QUERY, "variables", Map.of("id", id)));
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
        .header("Authorization", apiKey == null ? "" : apiKey).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException("Linear answered " + r.statusCode());
    }
    JsonNode issue = JSON.readTree(r.body()).path("data").path("issue");
    if (issue.isMissingNode() || issue.isNull()) {
      return null;
    }
    List<String> labels = new ArrayList<>();
    issue.path("labels").path("nodes").forEach(l -> labels.add(l.path("name").asText()));
    String type = issue.path("state").path("type").asText("");
    return new IssueInfo(issue.path("identifier").asText(id), issue.path("title").asText(null), issue.path("description").asText(null), labels,
        issue.path("url").asText(null), "completed".equals(type) || "canceled".equals(type));
  }
}
