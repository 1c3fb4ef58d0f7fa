package dev.ao.runner.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.ao.runner.delivery.DeliveryResult;
import dev.ao.runner.delivery.MessageDispatcher;
import dev.ao.runner.delivery.MessageText;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** {@code POST /v1/messages}: deliver {@code {"id","text"}} and answer only once the outcome is known. */
final class MessageEndpoint {
  static final int MAX_BODY = 1 << 20;
  static final int MAX_ID = 253;

  private final MessageDispatcher dispatcher;

  MessageEndpoint(MessageDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  void handle(HttpExchange exchange) throws IOException {
    byte[] body = Exchanges.body(exchange, MAX_BODY);
    if (body == null) {
      Exchanges.error(exchange, 413, "message body larger than " + MAX_BODY + " bytes");
      return;
    }
    JsonNode request;
    try {
      request = Exchanges.JSON.readTree(body);
    } catch (IOException e) {
      Exchanges.error(exchange, 400, "body must be JSON {\"id\": ..., \"text\": ...}");
      return;
    }
    String id = request == null ? null : request.path("id").asText(null);
    String text = request == null ? null : request.path("text").asText(null);
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      Exchanges.error(exchange, 400, "id is required (1-" + MAX_ID + " characters)");
      return;
    }
    if (MessageText.sanitize(text).isBlank()) {
      Exchanges.error(exchange, 400, "text is required and must not be blank");
      return;
    }
    MessageDispatcher.Submission submission = dispatcher.submit(id, text);
    DeliveryResult result;
    try {
      result = submission.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Exchanges.error(exchange, 503, "runner shutting down");
      return;
    } catch (ExecutionException e) {
      Exchanges.error(exchange, 500, "delivery failed: " + e.getCause());
      return;
    }
    Exchanges.json(exchange, statusCode(result), body(result, submission.duplicate()));
  }

  static int statusCode(DeliveryResult result) {
    return switch (result.status()) {
      case Delivered -> 200;
      case Unconfirmed -> 504;
      case AgentExited -> 409;
    };
  }

  static Map<String, Object> body(DeliveryResult result, boolean duplicate) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", result.id());
    body.put("status", result.status().name());
    if (result.isDelivered()) {
      body.put("deliveredAt", result.deliveredAt().toString());
      body.put("duplicate", duplicate);
    } else {
      body.put("error", result.error());
    }
    return body;
  }
}
