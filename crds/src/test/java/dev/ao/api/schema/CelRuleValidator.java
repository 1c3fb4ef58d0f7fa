package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates every {@code x-kubernetes-validations} rule on an object the way the API server does:
 *
 * <ul>
 *   <li>a rule runs on each value its schema node applies to (each list item, each map value), never on null;
 *   <li>transition rules (those using {@code oldSelf}) run only on update, where the old value can be
 *       correlated: through object properties and map keys, and through list items only for
 *       {@code x-kubernetes-list-type: map} lists, matched by their keys;
 *   <li>a false rule reports its message (or messageExpression) at the node's path plus the rule's
 *       fieldPath, printing the value for scalars and omitting it for objects and lists, as the reason says
 *       (Invalid by default, or Required/Forbidden/Duplicate).
 * </ul>
 */
final class CelRuleValidator {
  private final CelRuleCompiler compiler;
  private final List<FieldError> errors = new ArrayList<>();

  private CelRuleValidator(CelRuleCompiler compiler) {
    this.compiler = compiler;
  }

  /** @param oldValue the stored object on update, or null on create */
  static List<FieldError> validate(CelRuleCompiler compiler, JsonNode value, JsonNode oldValue, SchemaNode schema) {
    CelRuleValidator v = new CelRuleValidator(compiler);
    v.node(value, oldValue, schema, FieldPath.root(), "self");
    return v.errors;
  }

  private void node(JsonNode value, JsonNode oldValue, SchemaNode schema, FieldPath path, String typeName) {
    if (schema == null || value == null || value.isNull()) {
      return;
    }
    JsonNode old = oldValue == null || oldValue.isNull() ? null : oldValue;
    rules(value, old, schema, path, typeName);
    for (SchemaNode allOf : schema.allOf()) {
      rules(value, old, allOf, path, typeName);
    }
    if (value.isObject()) {
      children(value, old, schema, path, typeName);
    } else if (value.isArray() && schema.items() != null) {
      Map<JsonNode, JsonNode> oldByKey = oldItemsByKey(old, schema);
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        JsonNode oldItem = oldByKey == null ? null : oldByKey.get(listMapKey(item, schema.listMapKeys()));
        node(item, oldItem, schema.items(), path.index(i), typeName + ".@items");
      }
    }
  }

  private void children(JsonNode value, JsonNode old, SchemaNode schema, FieldPath path, String typeName) {
    boolean correlatable = !"atomic".equals(schema.mapType());
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode oldChild = correlatable && old != null ? old.get(e.getKey()) : null;
      SchemaNode property = schema.properties().get(e.getKey());
      if (property != null) {
        node(e.getValue(), oldChild, property, path.child(e.getKey()), typeName + "." + e.getKey());
      } else if (schema.additionalProperties() != null) {
        node(e.getValue(), oldChild, schema.additionalProperties(), path.key(e.getKey()), typeName + ".@values");
      }
    }
  }

  private void rules(JsonNode value, JsonNode old, SchemaNode schema, FieldPath path, String typeName) {
    List<CompiledRule> compiled = compiler.compile(schema, typeName);
    if (compiled.isEmpty()) {
      return;
    }
    Object self = CelValues.of(value, schema);
    Object oldSelf = old == null ? null : CelValues.of(old, schema);
    for (CompiledRule rule : compiled) {
      if (rule.compileError() != null) {
        errors.add(FieldError.invalidLiteral(path, GoValueFormat.quote(schemaType(schema)), "rule compile error: " + rule.compileError()));
        continue;
      }
      if (rule.usesOldSelf() && oldSelf == null && !rule.rule().optionalOldSelf()) {
        continue;
      }
      Map<String, Object> activation = new HashMap<>();
      activation.put("self", self);
      if (rule.rule().optionalOldSelf()) {
        activation.put("oldSelf", oldSelf == null ? Optional.empty() : Optional.of(oldSelf));
      } else if (oldSelf != null) {
        activation.put("oldSelf", oldSelf);
      }
      evaluate(rule, activation, value, schema, path);
    }
  }

  private void evaluate(CompiledRule rule, Map<String, Object> activation, JsonNode value, SchemaNode schema, FieldPath path) {
    Object result;
    try {
      result = rule.program().eval(activation);
    } catch (CelEvaluationException e) {
      errors.add(
          FieldError.invalidLiteral(
              path,
              GoValueFormat.quote(schemaType(schema)),
              evaluationError(e) + " evaluating rule: " + rule.rule().errorString()));
      return;
    }
    if (Boolean.TRUE.equals(result)) {
      return;
    }
    FieldPath at = rule.fieldPath() == null ? path : path.append(rule.fieldPath());
    String detail = message(rule, activation).orElse(rule.rule().messageOrDefault());
    boolean omitValue = value.isContainerNode();
    String reason = rule.rule().reason() == null ? "FieldValueInvalid" : rule.rule().reason();
    errors.add(
        switch (reason) {
          case "FieldValueRequired" -> FieldError.required(at, detail);
          case "FieldValueForbidden" -> FieldError.forbidden(at, detail);
          case "FieldValueDuplicate" -> new FieldError(FieldError.Type.DUPLICATE, at, omitValue ? null : GoValueFormat.value(value), "");
          default -> omitValue
              ? new FieldError(FieldError.Type.INVALID, at, null, detail)
              : FieldError.invalid(at, value, detail);
        });
  }

  /** The messageExpression's result; empty (so the static message is used) when it fails, as in the API server. */
  private static Optional<String> message(CompiledRule rule, Map<String, Object> activation) {
    if (rule.messageProgram() == null) {
      return Optional.empty();
    }
    try {
      Object m = rule.messageProgram().eval(activation);
      String s = m instanceof String str ? str.trim() : "";
      return s.isEmpty() || s.contains("\n") ? Optional.empty() : Optional.of(s);
    } catch (CelEvaluationException e) {
      return Optional.empty();
    }
  }

  /** cel-java words "no such key" differently from cel-go; the API server prints cel-go's text. */
  private static String evaluationError(CelEvaluationException e) {
    String m = e.getMessage();
    java.util.regex.Matcher missing = java.util.regex.Pattern.compile("key '([^']*)' is not present in map").matcher(m);
    if (missing.find()) {
      return "no such key: " + missing.group(1);
    }
    int colon = m.indexOf(": ");
    return m.startsWith("evaluation error") && colon > 0 ? m.substring(colon + 2) : m;
  }

  private static String schemaType(SchemaNode schema) {
    return schema.type() == null ? "" : schema.type();
  }

  /** Old list items by their map keys, for list-type map lists; null when items cannot be correlated. */
  private static Map<JsonNode, JsonNode> oldItemsByKey(JsonNode old, SchemaNode schema) {
    if (old == null || !old.isArray() || !"map".equals(schema.listType()) || schema.listMapKeys().isEmpty()) {
      return null;
    }
    Map<JsonNode, JsonNode> byKey = new HashMap<>();
    old.forEach(item -> byKey.put(listMapKey(item, schema.listMapKeys()), item));
    return byKey;
  }

  private static JsonNode listMapKey(JsonNode item, List<String> keys) {
    var key = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    keys.forEach(k -> key.add(item.path(k)));
    return key;
  }
}
