package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON type names of values, as the OpenAPI validator in kube-apiserver reports them. */
final class JsonTypes {
  private JsonTypes() {}

  static String of(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "null";
    }
    if (v.isTextual()) {
      return "string";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    if (v.isIntegralNumber()) {
      return "integer";
    }
    if (v.isNumber()) {
      return "number";
    }
    if (v.isArray()) {
      return "array";
    }
    return "object";
  }

  /**
   * Whether {@code v} is acceptable for schema {@code type}: integers are numbers, and a float with no fraction
   * (JSON {@code 3.0}) is an integer, as in the API server.
   */
  static boolean conforms(JsonNode v, String type) {
    String actual = of(v);
    return actual.equals(type)
        || (type.equals("number") && actual.equals("integer"))
        || (type.equals("integer") && actual.equals("number") && v.doubleValue() == Math.rint(v.doubleValue()));
  }
}
