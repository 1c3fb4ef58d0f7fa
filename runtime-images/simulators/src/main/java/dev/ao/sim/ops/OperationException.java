package dev.ao.sim.ops;

import java.util.List;
import java.util.Map;

/**
 * An operation GitHub would refuse. The kind decides the REST status and the GraphQL error type; the message is
 * GitHub's wording where the simulator knows it.
 */
public final class OperationException extends RuntimeException {

  public enum Kind {
    /** 404 / NOT_FOUND. */
    NOT_FOUND,
    /** 422 Validation Failed / UNPROCESSABLE, with GitHub's {@code errors} array. */
    VALIDATION,
    /** 405 Method Not Allowed on merge: not mergeable, blocked by protection. */
    NOT_MERGEABLE,
    /** 409 Conflict: the head moved since the caller looked. */
    CONFLICT,
    /** 403 Forbidden. */
    FORBIDDEN
  }

  private final Kind kind;
  private final List<Map<String, Object>> errors;

  public OperationException(Kind kind, String message) {
    this(kind, message, List.of());
  }

  public OperationException(Kind kind, String message, List<Map<String, Object>> errors) {
    super(message);
    this.kind = kind;
    this.errors = errors;
  }

  public static OperationException notFound(String message) {
    return new OperationException(Kind.NOT_FOUND, message);
  }

  /** A 422 with one GitHub-style field error ({@code resource}, {@code field}, {@code code}). */
  public static OperationException invalid(String resource, String field, String code) {
    return new OperationException(
        Kind.VALIDATION, "Validation Failed", List.of(Map.of("resource", resource, "field", field, "code", code)));
  }

  /** A 422 with a {@code custom} error carrying its own message, e.g. "A pull request already exists for ...". */
  public static OperationException custom(String resource, String message) {
    return new OperationException(
        Kind.VALIDATION,
        "Validation Failed",
        List.of(Map.of("resource", resource, "code", "custom", "message", message)));
  }

  public Kind kind() {
    return kind;
  }

  public List<Map<String, Object>> errors() {
    return errors;
  }

  /** The most specific message: a custom error's own text, else the top-level message. */
  public String detail() {
    for (Map<String, Object> error : errors) {
      Object message = error.get("message");
      if (message != null) {
        return message.toString();
      }
    }
    return getMessage();
  }
}
