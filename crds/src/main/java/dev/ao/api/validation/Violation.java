package dev.ao.api.validation;

/** One problem with a resource: the JSON path of the field and what to do about it. */
public record Violation(String field, String message) {
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
