package dev.ao.sim.webhook;

import com.sun.net.httpserver.HttpExchange;
import dev.ao.sim.http.LocalHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every request on 127.0.0.1 (any path): a stand-in for a Slack incoming webhook (answers {@code 200 ok}
 * as Slack does) or a generic webhook endpoint. It can reject bad HMAC signatures and fail the next requests on
 * purpose, for retry tests.
 */
public final class WebhookReceiver implements AutoCloseable {

  private final LocalHttpServer server;
  private final List<RecordedRequest> requests = new ArrayList<>();
  private int failuresLeft;
  private int failureStatus = 500;
  private String signatureHeader;
  private String signatureSecret;

  private WebhookReceiver(int port) {
    this.server = LocalHttpServer.start(port, this::handle, "webhook-receiver", 4);
  }

  public static WebhookReceiver start() {
    return new WebhookReceiver(0);
  }

  /** The URL of a path on this receiver, e.g. {@code url("/services/T000/B000/XXX")} for a Slack webhook. */
  public String url(String path) {
    return server.baseUrl() + (path.startsWith("/") ? path : "/" + path);
  }

  /** The next {@code count} requests are answered with {@code status} (recorded all the same). */
  public synchronized void failNext(int count, int status) {
    failuresLeft = count;
    failureStatus = status;
  }

  /**
   * From now on, answer 401 to requests whose {@code headerName} (e.g. {@code X-Signature-256}) is not the
   * {@code sha256=} HMAC of the body under {@code secret}. Null turns the check off.
   */
  public synchronized void requireSignature(String headerName, String secret) {
    signatureHeader = headerName;
    signatureSecret = secret;
  }

  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** Waits until at least {@code count} requests arrived; returns them all, or throws on timeout. */
  public synchronized List<RecordedRequest> awaitRequests(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (requests.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("expected " + count + " webhook requests, got " + requests.size());
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return List.copyOf(requests);
  }

  public synchronized void clear() {
    requests.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
      int status = record(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
      byte[] answer = (status == 200 ? "ok" : status == 401 ? "invalid signature" : "error")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(status, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  private synchronized int record(String method, String path, Map<String, List<String>> headers, byte[] body) {
    int status = 200;
    if (failuresLeft > 0) {
      failuresLeft--;
      status = failureStatus;
    } else if (signatureHeader != null) {
      RecordedRequest probe = new RecordedRequest(method, path, headers, body, Instant.now(), 0);
      status = probe.hasValidSignature(signatureHeader, signatureSecret) ? 200 : 401;
    }
    requests.add(new RecordedRequest(method, path, headers, body, Instant.now(), status));
    notifyAll();
    return status;
  }

  @Override
  public void close() {
    server.close();
  }
}
