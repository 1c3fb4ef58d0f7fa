package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code x-kubernetes-validations} entry as written in the CRD.
 *
 * @param rule the CEL expression; {@code self} is the value at the schema node, {@code oldSelf} the stored one
 * @param message static message used when the rule is false (else "failed rule: &lt;rule&gt;")
 * @param messageExpression CEL expression producing the message, preferred over {@code message}
 * @param reason FieldValueInvalid (default), FieldValueRequired, FieldValueForbidden or FieldValueDuplicate
 * @param fieldPath where the error points, relative to the node, e.g. {@code .linear}
 * @param optionalOldSelf evaluate a transition rule on create too, with {@code oldSelf} an optional
 */
public record CelRule(
    String rule, String message, String messageExpression, String reason, String fieldPath, boolean optionalOldSelf) {

  static CelRule from(JsonNode entry) {
    return new CelRule(
        text(entry, "rule"),
        text(entry, "message"),
        text(entry, "messageExpression"),
        text(entry, "reason"),
        text(entry, "fieldPath"),
        entry.path("optionalOldSelf").asBoolean(false));
  }

  /** The detail the API server prints when the rule is false and there is no messageExpression. */
  String messageOrDefault() {
    return message == null || message.isBlank() ? "failed rule: " + rule.trim() : message.trim();
  }

  /** How the API server names the rule inside other errors. */
  String errorString() {
    return message == null || message.isBlank() ? rule.trim() : message.trim();
  }

  private static String text(JsonNode entry, String field) {
    JsonNode n = entry.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
