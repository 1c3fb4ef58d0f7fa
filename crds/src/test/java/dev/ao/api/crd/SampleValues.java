package dev.ao.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import dev.ao.api.schema.SchemaNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a value for every field of a schema, each valid for its own constraints: the "everything set" object
 * the parity test starts from before breaking one field at a time. Strings are picked from typical values of
 * this API (a duration, a quantity, a URL, ...) by the field's pattern and length limits.
 */
final class SampleValues {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Candidate strings, tried in order against a field's pattern and length limits. */
  private static final List<String> STRINGS =
      List.of(
          "sample", "a", "ci-failed", "ENG", "ENG-1", "42", "30s", "5Gi", "main", "acme/webapp",
          "https://github.com/acme/webapp.git", "agent@acme.example", "SAMPLE_NAME", "token", "Enter");

  /** Map keys by the schema path of the map: reaction keys are a closed set. */
  private static final Map<String, String> MAP_KEYS = Map.of("spec.reactions", "ci-failed");

  /** Fields left out because a CEL rule forbids them together with their siblings. */
  private static final List<String> LEFT_OUT_SUFFIXES = List.of(".env[].secretKeyRef");

  private SampleValues() {}

  static JsonNode of(SchemaNode schema, String path) {
    if (schema.defaultValue() != null) {
      return schema.defaultValue().deepCopy();
    }
    if (!schema.enumValues().isEmpty()) {
      return schema.enumValues().get(0).deepCopy();
    }
    if (schema.intOrString()) {
      return JSON.textNode("1");
    }
    String type = schema.type() == null ? "object" : schema.type();
    return switch (type) {
      case "string" -> JSON.textNode(string(schema, path));
      case "integer" -> JSON.numberNode(schema.minimum() != null ? schema.minimum().longValue() : 1L);
      case "number" -> JSON.numberNode(schema.minimum() != null ? schema.minimum().doubleValue() : 1.0);
      case "boolean" -> JSON.booleanNode(true);
      case "array" -> {
        ArrayNode list = JSON.arrayNode();
        list.add(of(schema.items(), path + "[]"));
        yield list;
      }
      default -> object(schema, path);
    };
  }

  static String mapKey(String path) {
    return MAP_KEYS.getOrDefault(path, "key");
  }

  private static JsonNode object(SchemaNode schema, String path) {
    ObjectNode object = JSON.objectNode();
    if (schema.properties().isEmpty() && schema.additionalProperties() != null) {
      object.set(mapKey(path), of(schema.additionalProperties(), path + "[key]"));
      return object;
    }
    schema.properties().forEach((name, property) -> {
      String child = path + "." + name;
      if (LEFT_OUT_SUFFIXES.stream().noneMatch(child::endsWith)) {
        object.set(name, of(property, child));
      }
    });
    return object;
  }

  private static String string(SchemaNode schema, String path) {
    return firstFitting(schema)
        .orElseThrow(() -> new IllegalStateException(
            "no sample string fits " + path + " (pattern " + schema.pattern() + "); add one to SampleValues.STRINGS"));
  }

  private static Optional<String> firstFitting(SchemaNode schema) {
    return STRINGS.stream().filter(s -> fits(schema, s)).findFirst();
  }

  static boolean fits(SchemaNode schema, String s) {
    long length = s.codePointCount(0, s.length());
    return (schema.pattern() == null || Pattern.compile(schema.pattern()).matcher(s).find())
        && (schema.maxLength() == null || length <= schema.maxLength())
        && (schema.minLength() == null || length >= schema.minLength());
  }
}
