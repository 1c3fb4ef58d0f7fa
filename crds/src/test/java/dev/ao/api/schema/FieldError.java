package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One validation failure, rendered exactly like kube-apiserver's {@code field.Error}:
 * {@code <path>: <Type>[: <value>][: <detail>]}, e.g. {@code spec.project: Required value} or
 * {@code spec.role: Unsupported value: "boss": supported values: "orchestrator", "worker"}.
 *
 * @param type what kind of failure
 * @param path the field, in kube notation
 * @param value the offending value already formatted as Go prints it, or null when the API server omits it
 * @param detail the explanation after the value
 */
public record FieldError(Type type, FieldPath path, String value, String detail) {

  /** The API server's error types and the words it prints for them. */
  public enum Type {
    REQUIRED("Required value", false),
    INVALID("Invalid value", true),
    TYPE_INVALID("Invalid value", true),
    NOT_SUPPORTED("Unsupported value", true),
    DUPLICATE("Duplicate value", true),
    TOO_LONG("Too long", false),
    TOO_MANY("Too many", true),
    FORBIDDEN("Forbidden", false),
    INTERNAL("Internal error", false),
    /** Strict field validation (kubectl's default): the field is not in the schema. */
    UNKNOWN_FIELD("unknown field", false);

    private final String words;
    private final boolean printsValue;

    Type(String words, boolean printsValue) {
      this.words = words;
      this.printsValue = printsValue;
    }

    public String words() {
      return words;
    }
  }

  public static FieldError required(FieldPath path, String detail) {
    return new FieldError(Type.REQUIRED, path, null, detail);
  }

  /** Invalid value; objects and lists are not echoed, as the API server does. */
  public static FieldError invalid(FieldPath path, JsonNode value, String detail) {
    return new FieldError(Type.INVALID, path, scalarOrOmitted(value), detail);
  }

  /** Invalid value where the API server prints a literal (a count, a type name) instead of the field value. */
  public static FieldError invalidLiteral(FieldPath path, String formattedValue, String detail) {
    return new FieldError(Type.INVALID, path, formattedValue, detail);
  }

  public static FieldError typeInvalid(FieldPath path, String actualType, String detail) {
    return new FieldError(Type.TYPE_INVALID, path, GoValueFormat.quote(actualType), detail);
  }

  public static FieldError notSupported(FieldPath path, JsonNode value, List<String> supported) {
    String detail =
        supported.isEmpty()
            ? ""
            : "supported values: " + supported.stream().map(GoValueFormat::quote).collect(Collectors.joining(", "));
    return new FieldError(Type.NOT_SUPPORTED, path, GoValueFormat.value(value), detail);
  }

  public static FieldError duplicate(FieldPath path, JsonNode value) {
    return new FieldError(Type.DUPLICATE, path, GoValueFormat.goSyntax(value), "");
  }

  public static FieldError tooLong(FieldPath path, long max) {
    return new FieldError(Type.TOO_LONG, path, null, "may not be more than " + max + " bytes");
  }

  public static FieldError tooMany(FieldPath path, long actual, long max) {
    return new FieldError(Type.TOO_MANY, path, Long.toString(actual), "must have at most " + max + " items");
  }

  public static FieldError forbidden(FieldPath path, String detail) {
    return new FieldError(Type.FORBIDDEN, path, null, detail);
  }

  public static FieldError internal(FieldPath path, String detail) {
    return new FieldError(Type.INTERNAL, path, null, detail);
  }

  public static FieldError unknownField(FieldPath path) {
    return new FieldError(Type.UNKNOWN_FIELD, path, null, "");
  }

  /** The field path as kube prints it, e.g. {@code spec.messages[0].text}. */
  public String field() {
    return path.toString();
  }

  /** Everything after the field path, e.g. {@code Too many: 101: must have at most 100 items}. */
  public String body() {
    StringBuilder b = new StringBuilder(type.words);
    if (type.printsValue && value != null) {
      b.append(": ").append(value);
    }
    if (detail != null && !detail.isEmpty()) {
      b.append(": ").append(detail);
    }
    return b.toString();
  }

  /** The line kubectl prints for this error. */
  @Override
  public String toString() {
    if (type == Type.UNKNOWN_FIELD) {
      return "unknown field " + GoValueFormat.quote(field());
    }
    return field() + ": " + body();
  }

  private static String scalarOrOmitted(JsonNode value) {
    return value != null && value.isContainerNode() ? null : GoValueFormat.value(value);
  }
}
