package dev.ao.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One Jackson configuration for every simulator: nulls are written, because GitHub's shapes spell them out. */
public final class Json {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a request body; an empty body reads as a missing node so handlers can treat it like "{}". */
  public static JsonNode read(byte[] body) throws BadRequestException {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new BadRequestException("Problems parsing JSON");
    }
  }

  /** A text field, or {@code fallback} when absent or null. */
  public static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? fallback : value.asText();
  }
}
