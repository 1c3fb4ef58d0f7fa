package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies schema {@code default}s in place, as the API server does while decoding a request and before
 * validating it: a missing property with a default gets a copy of it, a {@code null} for a non-nullable
 * property is replaced by its default or dropped, and defaulting recurses into the values just set. Defaults
 * are applied only inside objects that exist, so {@code scm.pollInterval} is defaulted only when {@code scm} is
 * present.
 */
final class Defaulter {
  private Defaulter() {}

  static void apply(JsonNode value, SchemaNode schema) {
    if (schema == null || value == null) {
      return;
    }
    if (value instanceof ObjectNode object) {
      defaultObject(object, schema);
    } else if (value instanceof ArrayNode array && schema.items() != null) {
      SchemaNode items = schema.items();
      for (int i = 0; i < array.size(); i++) {
        if (isNonNullableNull(array.get(i), items) && items.defaultValue() != null) {
          array.set(i, items.defaultValue().deepCopy());
        }
        apply(array.get(i), items);
      }
    }
  }

  private static void defaultObject(ObjectNode object, SchemaNode schema) {
    Map<String, SchemaNode> properties = schema.properties();
    for (Map.Entry<String, SchemaNode> p : properties.entrySet()) {
      JsonNode current = object.get(p.getKey());
      if (isNonNullableNull(current, p.getValue()) && p.getValue().defaultValue() == null) {
        object.remove(p.getKey());
      } else if (p.getValue().defaultValue() != null && (current == null || isNonNullableNull(current, p.getValue()))) {
        object.set(p.getKey(), p.getValue().defaultValue().deepCopy());
      }
    }
    SchemaNode values = schema.additionalProperties();
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      SchemaNode child = properties.get(name);
      if (child != null) {
        apply(object.get(name), child);
      } else if (values != null) {
        if (isNonNullableNull(object.get(name), values)) {
          if (values.defaultValue() != null) {
            object.set(name, values.defaultValue().deepCopy());
          } else {
            object.remove(name);
            continue;
          }
        }
        apply(object.get(name), values);
      }
    }
  }

  private static boolean isNonNullableNull(JsonNode value, SchemaNode schema) {
    return value != null && value.isNull() && !schema.nullable();
  }
}
