package dev.ao.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import dev.ao.api.schema.SchemaNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every way to break one field of a valid object that the schema's OpenAPI constraints catch: drop a required
 * field, leave an enum, miss a pattern, exceed a length, count or bound. Each mutation knows the field path the
 * API server reports it at (map entries dotted, as kube-openapi names them).
 */
final class FieldMutations {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Values that break typical patterns, tried in order until one does not match. */
  private static final List<String> PATTERN_BREAKERS = List.of(" ", "has space", "-x", "UPPER", "a..b", "%");

  /** One broken field: what was done, where the error must be reported, and the broken object. */
  record Mutation(String what, String field, JsonNode manifest) {
    @Override
    public String toString() {
      return field + ": " + what;
    }
  }

  private final JsonNode valid;
  private final List<Mutation> out = new ArrayList<>();

  private FieldMutations(JsonNode valid) {
    this.valid = valid;
  }

  /** Mutations of everything under {@code spec} of {@code valid}, a manifest valid for {@code schema}. */
  static List<Mutation> of(JsonNode valid, SchemaNode rootSchema) {
    FieldMutations m = new FieldMutations(valid);
    m.visit(rootSchema.properties().get("spec"), "/spec", "spec");
    return m.out;
  }

  private void visit(SchemaNode schema, String pointer, String field) {
    JsonNode value = valid.at(pointer);
    scalar(schema, pointer, field);
    if (value.isArray()) {
      array(schema, pointer, field, (ArrayNode) value);
    } else if (value.isObject() && !schema.properties().isEmpty()) {
      for (String required : schema.required()) {
        add("remove required field", field + "." + required, root -> ((ObjectNode) root.at(pointer)).remove(required));
      }
      for (Map.Entry<String, SchemaNode> p : schema.properties().entrySet()) {
        if (value.has(p.getKey())) {
          visit(p.getValue(), pointer + "/" + p.getKey(), field + "." + p.getKey());
        }
      }
    } else if (value.isObject() && schema.additionalProperties() != null) {
      if (schema.maxProperties() != null) {
        long n = schema.maxProperties() + 1;
        add("more than " + schema.maxProperties() + " entries", field, root -> {
          ObjectNode map = (ObjectNode) root.at(pointer);
          JsonNode entry = map.elements().next();
          for (int i = 0; map.size() < n; i++) {
            map.set("extra-" + i, entry.deepCopy());
          }
        });
      }
      value.fieldNames().forEachRemaining(key ->
          visit(schema.additionalProperties(), pointer + "/" + key, field + "." + key));
    }
  }

  private void array(SchemaNode schema, String pointer, String field, ArrayNode value) {
    if (schema.maxItems() != null) {
      long n = schema.maxItems() + 1;
      add("more than " + schema.maxItems() + " items", field, root -> {
        ArrayNode list = (ArrayNode) root.at(pointer);
        while (list.size() < n) {
          list.add(list.get(0).deepCopy());
        }
      });
    }
    if (schema.minItems() != null && schema.minItems() > 0) {
      add("fewer than " + schema.minItems() + " items", field, root -> ((ArrayNode) root.at(pointer)).removeAll());
    }
    if (!value.isEmpty() && schema.items() != null) {
      visit(schema.items(), pointer + "/0", field + "[0]");
    }
  }

  private void scalar(SchemaNode schema, String pointer, String field) {
    if (!schema.enumValues().isEmpty()) {
      set("a value outside the enum", field, pointer, JSON.textNode("not-one-of-them"));
    }
    if (schema.pattern() != null) {
      PATTERN_BREAKERS.stream()
          .filter(s -> !Pattern.compile(schema.pattern()).matcher(s).find())
          .findFirst()
          .ifPresent(s -> set("\"" + s + "\" against the pattern", field, pointer, JSON.textNode(s)));
    }
    if (schema.maxLength() != null) {
      set("longer than " + schema.maxLength(), field, pointer, JSON.textNode("a".repeat((int) (schema.maxLength() + 1))));
    }
    if (schema.minLength() != null && schema.minLength() > 0) {
      set("shorter than " + schema.minLength(), field, pointer, JSON.textNode(""));
    }
    if (schema.maximum() != null) {
      set("above the maximum", field, pointer, JSON.numberNode(schema.maximum().add(BigDecimal.ONE).longValue()));
    }
    if (schema.minimum() != null) {
      set("below the minimum", field, pointer, JSON.numberNode(schema.minimum().subtract(BigDecimal.ONE).longValue()));
    }
  }

  private void set(String what, String field, String pointer, JsonNode broken) {
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    add(what, field, root -> {
      JsonNode container = root.at(parent);
      if (container instanceof ArrayNode list) {
        list.set(Integer.parseInt(last), broken);
      } else {
        ((ObjectNode) container).set(last, broken);
      }
    });
  }

  private void add(String what, String field, java.util.function.Consumer<JsonNode> change) {
    JsonNode copy = valid.deepCopy();
    change.accept(copy);
    out.add(new Mutation(what, field, copy));
  }

}
