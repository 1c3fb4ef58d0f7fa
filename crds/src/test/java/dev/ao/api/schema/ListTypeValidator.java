package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The uniqueness {@code x-kubernetes-list-type} promises, checked by the API server separately from the OpenAPI
 * validation: items of a {@code set} list are distinct, items of a {@code map} list have distinct key fields.
 * Each repeat is reported as {@code Duplicate value} at its index.
 */
final class ListTypeValidator {
  private final List<FieldError> errors = new ArrayList<>();

  private ListTypeValidator() {}

  static List<FieldError> validate(JsonNode value, SchemaNode schema) {
    ListTypeValidator v = new ListTypeValidator();
    v.node(value, schema, FieldPath.root());
    return v.errors;
  }

  private void node(JsonNode value, SchemaNode schema, FieldPath path) {
    if (schema == null || value == null) {
      return;
    }
    if (value.isArray()) {
      uniqueness(value, schema, path);
      for (int i = 0; i < value.size(); i++) {
        node(value.get(i), schema.items(), path.index(i));
      }
    } else if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        SchemaNode property = schema.properties().get(e.getKey());
        if (property != null) {
          node(e.getValue(), property, path.child(e.getKey()));
        } else if (schema.additionalProperties() != null) {
          node(e.getValue(), schema.additionalProperties(), path.key(e.getKey()));
        }
      }
    }
  }

  private void uniqueness(JsonNode list, SchemaNode schema, FieldPath path) {
    String type = schema.listType();
    Set<JsonNode> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      if ("set".equals(type) && !seen.add(item)) {
        errors.add(FieldError.duplicate(path.index(i), item));
      } else if ("map".equals(type)) {
        ObjectNode key = JsonNodeFactory.instance.objectNode();
        schema.listMapKeys().forEach(k -> key.set(k, item.path(k)));
        if (!seen.add(key)) {
          errors.add(FieldError.duplicate(path.index(i), key));
        }
      }
    }
  }
}
