package dev.ao.sim.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.http.BadRequestException;
import dev.ao.sim.model.BranchProtection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading control-API request bodies. */
final class ControlJson {

  private ControlJson() {}

  static String required(JsonNode body, String field) throws BadRequestException {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
      throw new BadRequestException("missing field: " + field);
    }
    return value.asText();
  }

  static List<String> strings(JsonNode body, String field) {
    List<String> values = new ArrayList<>();
    body.path(field).forEach(node -> values.add(node.asText()));
    return values;
  }

  /** A {@code {"path": "content"}} object; a JSON null content deletes the file. */
  static Map<String, String> files(JsonNode body) {
    Map<String, String> files = new LinkedHashMap<>();
    body.path("files").fields().forEachRemaining(entry ->
        files.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asText()));
    return files;
  }

  static BranchProtection protection(JsonNode body) {
    return new BranchProtection(strings(body, "requiredChecks"), body.path("requiredApprovingReviews").asInt(0),
        body.path("requireUpToDate").asBoolean(false));
  }

  /** An enum by name, case-insensitive; null when absent. */
  static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode body, String field) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    return Enum.valueOf(type, value.asText().toUpperCase(Locale.ROOT));
  }
}
