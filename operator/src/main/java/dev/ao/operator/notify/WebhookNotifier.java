package dev.ao.operator.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Generic webhook: a JSON POST signed with HMAC-SHA256 over the exact body
 * ({@code X-AO-Signature-256: sha256=<hex>}), retried with exponential backoff.
 */
public class WebhookNotifier implements Notifier {
  public static final String SIGNATURE_HEADER = "X-AO-Signature-256";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final String url;
  private final String hmacKey;
  private final int retries;
  private final Duration firstBackoff;

  public WebhookNotifier(HttpClient http, String url, String hmacKey, int retries, Duration firstBackoff) {
    this.http = http;
    this.url = url;
    this.hmacKey = hmacKey;
    this.retries = retries;
    this.firstBackoff = firstBackoff;
  }

  static String body(Notification n) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", n.key());
    m.put("priority", n.priority().name().toLowerCase());
    m.put("title", n.title());
    m.put("text", n.text());
    m.put("namespace", n.namespace());
    m.put("project", n.project());
    m.put("session", n.session());
    m.put("phase", n.phase());
    m.put("prUrl", n.prUrl());
    m.put("sentAt", Instant.now().toString());
    return JSON.writeValueAsString(m);
  }

  public static String sign(String key, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public void send(Notification n) throws Exception {
    String body = body(n);
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").header("User-Agent", "agent-orchestrator");
    if (hmacKey != null) {
      req.header(SIGNATURE_HEADER, sign(hmacKey, body));
    }
    HttpRequest request = req.POST(HttpRequest.BodyPublishers.ofString(body)).build();
    Duration backoff = firstBackoff;
    String last = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() < 300) {
          return;
        }
        last = "answered " + r.statusCode();
        if (r.statusCode() < 500 && r.statusCode() != 429) {
          break;
        }
      } catch (java.io.IOException e) {
        last = e.getClass().getSimpleName();
      }
      if (attempt < retries) {
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2);
      }
    }
    throw new IllegalStateException("webhook " + URI.create(url).getHost() + " " + last);
  }
}
