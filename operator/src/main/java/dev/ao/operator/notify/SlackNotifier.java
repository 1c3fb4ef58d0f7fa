package dev.ao.operator.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Slack incoming webhook: a header, the text, and a context line with session, phase and PR link. */
public class SlackNotifier implements Notifier {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final String webhookUrl;

  public SlackNotifier(HttpClient http, String webhookUrl) {
    this.http = http;
    this.webhookUrl = webhookUrl;
  }

  static Map<String, Object> payload(Notification n) {
    List<Object> blocks = new ArrayList<>();
    blocks.add(Map.of("type", "header", "text", Map.of("type", "plain_text", "text", cut(n.title(), 150))));
    blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", cut(n.text(), 2900))));
    String context = "*" + n.priority().name().toLowerCase() + "* · session `" + n.session() + "` · project `" + n.project() + "`"
        + (n.phase() == null ? "" : " · " + n.phase()) + (n.prUrl() == null ? "" : " · <" + n.prUrl() + "|pull request>");
    blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", context))));
    return Map.of("text", n.title() + ": " + cut(n.text(), 200), "blocks", blocks);
  }

  @Override
  public void send(Notification n) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(webhookUrl)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload(n)))).build();
    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException("Slack answered " + r.statusCode());
    }
  }

  private static String cut(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
