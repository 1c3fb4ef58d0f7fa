package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI value validations kube-apiserver runs on a custom resource (its kube-openapi validator), with the
 * same messages: type, nullable, enum, pattern (RE2), min/maxLength, min/maxItems, min/maxProperties,
 * minimum/maximum, multipleOf, required, additionalProperties, x-kubernetes-int-or-string, allOf/anyOf/oneOf/not.
 *
 * <p>Paths follow kube-openapi: map entries are joined with a dot ({@code spec.reactions.ci-failed.retries});
 * CEL errors, produced elsewhere, use {@code [key]} as the API server does.
 */
final class OpenApiValueValidator {
  private final List<FieldError> errors = new ArrayList<>();

  private OpenApiValueValidator() {}

  static List<FieldError> validate(JsonNode value, SchemaNode schema) {
    OpenApiValueValidator v = new OpenApiValueValidator();
    v.node(value, schema, FieldPath.root());
    return v.errors;
  }

  private void node(JsonNode value, SchemaNode schema, FieldPath path) {
    if (schema == null) {
      return;
    }
    if (value == null || value.isNull()) {
      if (!schema.nullable() && declaredType(schema) != null) {
        typeError(path, "null", declaredType(schema));
      }
      return;
    }
    // Like kube-openapi, a type mismatch does not stop the other validators; each applies to the value's kind.
    typeMatches(value, schema, path);
    combinators(value, schema, path);
    if (value.isTextual()) {
      string(value, schema, path);
    } else if (value.isNumber()) {
      number(value, schema, path);
    } else if (value.isArray()) {
      array(value, schema, path);
    }
    enumeration(value, schema, path);
    if (value.isObject()) {
      object(value, schema, path);
    }
  }

  /** The type the API server checks: int-or-string means "integer,string"; no type means any. */
  private static String declaredType(SchemaNode schema) {
    return schema.intOrString() ? "integer,string" : schema.type();
  }

  private void typeMatches(JsonNode value, SchemaNode schema, FieldPath path) {
    String declared = declaredType(schema);
    if (declared == null) {
      return;
    }
    for (String t : declared.split(",")) {
      if (JsonTypes.conforms(value, t)) {
        return;
      }
    }
    typeError(path, JsonTypes.of(value), declared);
  }

  private void typeError(FieldPath path, String actual, String declared) {
    errors.add(
        FieldError.typeInvalid(
            path, actual, name(path) + " in body must be of type " + declared + ": " + GoValueFormat.quote(actual)));
  }

  private void string(JsonNode value, SchemaNode schema, FieldPath path) {
    String s = value.textValue();
    // kube-openapi counts characters (runes), though the message says bytes.
    long length = s.codePointCount(0, s.length());
    if (schema.maxLength() != null && length > schema.maxLength()) {
      errors.add(FieldError.tooLong(path, schema.maxLength()));
    }
    if (schema.minLength() != null && length < schema.minLength()) {
      errors.add(
          FieldError.invalid(path, value, name(path) + " in body should be at least " + schema.minLength() + " chars long"));
    }
    if (schema.pattern() != null && !Re2Patterns.matches(schema.pattern(), s)) {
      errors.add(FieldError.invalid(path, value, name(path) + " in body should match '" + schema.pattern() + "'"));
    }
  }

  private void number(JsonNode value, SchemaNode schema, FieldPath path) {
    BigDecimal n = value.decimalValue();
    BigDecimal multipleOf = schema.multipleOf();
    if (multipleOf != null && multipleOf.signum() > 0 && n.remainder(multipleOf).signum() != 0) {
      errors.add(FieldError.invalid(path, value, name(path) + " in body should be a multiple of " + goNumber(multipleOf)));
    }
    BigDecimal max = schema.maximum();
    if (max != null && (schema.exclusiveMaximum() ? n.compareTo(max) >= 0 : n.compareTo(max) > 0)) {
      String relation = schema.exclusiveMaximum() ? "less than " : "less than or equal to ";
      errors.add(FieldError.invalid(path, value, name(path) + " in body should be " + relation + goNumber(max)));
    }
    BigDecimal min = schema.minimum();
    if (min != null && (schema.exclusiveMinimum() ? n.compareTo(min) <= 0 : n.compareTo(min) < 0)) {
      String relation = schema.exclusiveMinimum() ? "greater than " : "greater than or equal to ";
      errors.add(FieldError.invalid(path, value, name(path) + " in body should be " + relation + goNumber(min)));
    }
  }

  private void array(JsonNode value, SchemaNode schema, FieldPath path) {
    int size = value.size();
    if (schema.minItems() != null && size < schema.minItems()) {
      errors.add(
          FieldError.invalidLiteral(
              path, Integer.toString(size), name(path) + " in body should have at least " + schema.minItems() + " items"));
    }
    if (schema.maxItems() != null && size > schema.maxItems()) {
      errors.add(FieldError.tooMany(path, size, schema.maxItems()));
    }
    if (schema.uniqueItems()) {
      Set<JsonNode> seen = new HashSet<>();
      for (JsonNode item : value) {
        if (!seen.add(item)) {
          errors.add(FieldError.invalid(path, value, name(path) + " in body shouldn't contain duplicates"));
          break;
        }
      }
    }
    if (schema.items() != null) {
      for (int i = 0; i < size; i++) {
        node(value.get(i), schema.items(), path.index(i));
      }
    }
  }

  private void enumeration(JsonNode value, SchemaNode schema, FieldPath path) {
    List<JsonNode> allowed = schema.enumValues();
    if (allowed.isEmpty() || allowed.contains(value)) {
      return;
    }
    List<String> names = new ArrayList<>();
    allowed.forEach(a -> names.add(a.isTextual() ? a.textValue() : a.toString()));
    errors.add(FieldError.notSupported(path, value, names));
  }

  private void object(JsonNode value, SchemaNode schema, FieldPath path) {
    int keys = value.size();
    // kube-openapi stops at a property-count failure and reports the bound as the "actual" count.
    if (schema.minProperties() != null && keys < schema.minProperties()) {
      errors.add(
          FieldError.invalidLiteral(
              path,
              Long.toString(schema.minProperties()),
              name(path) + " in body should have at least " + schema.minProperties() + " properties"));
      return;
    }
    if (schema.maxProperties() != null && keys > schema.maxProperties()) {
      errors.add(new FieldError(FieldError.Type.TOO_MANY, path, Long.toString(schema.maxProperties()), "has too many items"));
      return;
    }
    Map<String, SchemaNode> properties = schema.properties();
    SchemaNode values = schema.additionalProperties();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (properties.containsKey(e.getKey())) {
        continue;
      }
      if (Boolean.FALSE.equals(schema.additionalPropertiesFlag())) {
        errors.add(
            FieldError.invalid(
                path.child(e.getKey()),
                new com.fasterxml.jackson.databind.node.TextNode(e.getKey()),
                name(path) + "." + e.getKey() + " in body is a forbidden property"));
      } else if (values != null) {
        node(e.getValue(), values, path.child(e.getKey()));
      }
    }
    for (Map.Entry<String, SchemaNode> p : properties.entrySet()) {
      JsonNode child = value.get(p.getKey());
      if (child != null) {
        node(child, p.getValue(), path.child(p.getKey()));
      }
    }
    for (String required : schema.required()) {
      if (!value.has(required)) {
        errors.add(FieldError.required(path.child(required), ""));
      }
    }
  }

  private void combinators(JsonNode value, SchemaNode schema, FieldPath path) {
    for (SchemaNode sub : schema.allOf()) {
      node(value, sub, path);
    }
    if (!schema.anyOf().isEmpty() && schema.anyOf().stream().noneMatch(sub -> passes(value, sub))) {
      errors.add(FieldError.invalid(path, value, name(path) + " in body must validate at least one schema (anyOf)"));
    }
    if (!schema.oneOf().isEmpty()) {
      long passing = schema.oneOf().stream().filter(sub -> passes(value, sub)).count();
      if (passing != 1) {
        errors.add(FieldError.invalid(path, value, name(path) + " in body must validate one and only one schema (oneOf)"));
      }
    }
    if (schema.not() != null && passes(value, schema.not())) {
      errors.add(FieldError.invalid(path, value, name(path) + " in body must not validate the schema (not)"));
    }
  }

  private static boolean passes(JsonNode value, SchemaNode schema) {
    OpenApiValueValidator probe = new OpenApiValueValidator();
    probe.node(value, schema, FieldPath.root());
    return probe.errors.isEmpty();
  }

  /** kube-openapi names the root "." and everything else by its dotted path. */
  private static String name(FieldPath path) {
    return path.isRoot() ? "." : path.toString();
  }

  private static String goNumber(BigDecimal d) {
    return GoValueFormat.goFloat(d);
  }
}
