package dev.ao.sim.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.http.BadRequestException;
import dev.ao.sim.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the receiver got, and what it answered.
 *
 * @param headers header names as the JDK server reports them; look them up with {@link #header(String)}
 * @param answeredStatus the status the receiver replied with (an injected failure, a signature rejection, or 200)
 */
public record RecordedRequest(
    String method,
    String path,
    Map<String, List<String>> headers,
    byte[] body,
    Instant receivedAt,
    int answeredStatus) {

  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public JsonNode json() {
    try {
      return Json.read(body);
    } catch (BadRequestException e) {
      throw new IllegalStateException("body is not JSON: " + bodyText(), e);
    }
  }

  /** Whether {@code headerName} carries a valid {@code sha256=} HMAC of the body under {@code secret}. */
  public boolean hasValidSignature(String headerName, String secret) {
    return HmacSignatures.verify(header(headerName), secret, body);
  }
}
