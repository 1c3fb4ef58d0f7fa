package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.values.NullValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a JSON value into what the CEL runtime evaluates: maps, lists, {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, null. Properties are renamed to their CEL-escaped names, map keys are kept,
 * matching how rules see an object in the API server.
 */
final class CelValues {
  private CelValues() {}

  static Object of(JsonNode value, SchemaNode schema) {
    if (value == null || value.isNull()) {
      return NullValue.NULL_VALUE;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isArray()) {
      List<Object> list = new ArrayList<>(value.size());
      SchemaNode items = schema == null ? null : schema.items();
      value.forEach(item -> list.add(of(item, items)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      SchemaNode property = schema == null ? null : schema.properties().get(e.getKey());
      if (property != null) {
        CelPropertyNames.escape(e.getKey()).ifPresent(name -> map.put(name, of(e.getValue(), property)));
      } else {
        map.put(e.getKey(), of(e.getValue(), schema == null ? null : schema.additionalProperties()));
      }
    }
    return map;
  }
}
