package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the API server would answer: the object as it would be stored (defaults applied, unknown fields pruned
 * when not rejected) and the errors, in order, without duplicates.
 *
 * @param kind the resource kind
 * @param name metadata.name of the object
 * @param object the object after defaulting
 * @param errors empty when the API server would accept the object
 */
public record ValidationResult(String kind, String version, String name, JsonNode object, List<FieldError> errors) {

  public boolean isValid() {
    return errors.isEmpty();
  }

  /** The errors at exactly this field path, e.g. {@code spec.messages[0].text}. */
  public List<FieldError> errorsAt(String field) {
    return errors.stream().filter(e -> e.field().equals(field)).toList();
  }

  /** Every error as kubectl prints it, one per line. */
  public List<String> messages() {
    return errors.stream().map(FieldError::toString).toList();
  }

  /** What {@code kubectl apply} prints for this answer, or an empty string when the object is accepted. */
  public String kubectlMessage() {
    if (errors.isEmpty()) {
      return "";
    }
    if (errors.stream().anyMatch(e -> e.type() == FieldError.Type.UNKNOWN_FIELD)) {
      return "Error from server (BadRequest): "
          + kind + " in version \"" + version + "\" cannot be handled as a " + kind + ": strict decoding error: "
          + errors.stream().map(FieldError::toString).collect(Collectors.joining(", "));
    }
    String prefix = "The " + kind + " \"" + name + "\" is invalid: ";
    if (errors.size() == 1) {
      return prefix + errors.get(0);
    }
    return prefix + errors.stream().map(e -> "\n* " + e).collect(Collectors.joining());
  }

  @Override
  public String toString() {
    return isValid() ? kind + " \"" + name + "\" is valid" : kubectlMessage();
  }
}
