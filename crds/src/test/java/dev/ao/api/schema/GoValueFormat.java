package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Renders values the way kube-apiserver's Go code prints them in field errors: strings with {@code %q}
 * (double-quoted, Go escapes), numbers and booleans with {@code %v}. Users compare these messages with what
 * {@code kubectl apply} printed, so the quoting matters.
 */
final class GoValueFormat {
  private GoValueFormat() {}

  /** Go's {@code strconv.Quote}: double quotes, backslash escapes, non-printable characters as \\x / \\u. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case 0x07 -> b.append("\\a");
        case 0x08 -> b.append("\\b");
        case 0x0c -> b.append("\\f");
        case 0x0b -> b.append("\\v");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            b.append(String.format("\\x%02x", cp));
          } else if (!Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT) {
            b.append(cp > 0xffff ? String.format("\\U%08x", cp) : String.format("\\u%04x", cp));
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.append('"').toString();
  }

  /** A JSON scalar as Go's {@code %v} prints the unstructured value (int64, float64, bool, string via %q). */
  static String value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "null";
    }
    if (node.isTextual()) {
      return quote(node.textValue());
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      return goFloat(node.decimalValue());
    }
    if (node.isBoolean()) {
      return Boolean.toString(node.booleanValue());
    }
    // Objects and lists: the API server omits them (field.OmitValueType); callers do not pass them here.
    return node.toString();
  }

  /**
   * Go's {@code %#v} of an unstructured value, used where the API server prints a whole object (duplicate
   * map-list keys): {@code map[string]interface {}{"name":"http"}}, keys sorted as Go prints maps.
   */
  static String goSyntax(JsonNode node) {
    if (node.isObject()) {
      java.util.TreeMap<String, JsonNode> sorted = new java.util.TreeMap<>();
      node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
      StringBuilder b = new StringBuilder("map[string]interface {}{");
      sorted.forEach((k, v) -> b.append(b.charAt(b.length() - 1) == '{' ? "" : ", ").append(quote(k)).append(':').append(goSyntax(v)));
      return b.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder b = new StringBuilder("[]interface {}{");
      node.forEach(v -> b.append(b.charAt(b.length() - 1) == '{' ? "" : ", ").append(goSyntax(v)));
      return b.append('}').toString();
    }
    return node.isNull() ? "interface {}(nil)" : value(node);
  }

  /** Go's %v for float64: shortest representation, exponent form for large/small magnitudes. */
  static String goFloat(BigDecimal d) {
    double v = d.doubleValue();
    if (v == Math.rint(v) && Math.abs(v) < 1e21) {
      return BigDecimal.valueOf(v).toBigInteger().toString();
    }
    String s = Double.toString(v);
    return s.contains("E") ? s.replace("E", "e+").replace("e+-", "e-") : s;
  }
}
