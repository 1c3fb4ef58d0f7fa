package dev.ao.api.crd;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.validation.ProjectValidator;
import dev.ao.api.validation.SessionValidator;
import dev.ao.api.validation.Violation;
import java.util.List;

/**
 * What the CLI and the operator conclude about a manifest without an API server: bind it to the Java types,
 * then run the pure validator. A value the types cannot hold (an unknown enum value, text where a number
 * goes, an undeclared field) already fails at binding; that failure is reported as a violation at the field
 * Jackson names, so both ways of rejecting can be compared with the schema's field paths.
 */
final class JavaSideValidation {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private JavaSideValidation() {}

  static List<Violation> validate(JsonNode manifest) {
    String kind = manifest.path("kind").asText();
    try {
      return switch (kind) {
        case "Session" -> SessionValidator.validate(MAPPER.treeToValue(manifest, Session.class));
        case "Project" -> ProjectValidator.validate(MAPPER.treeToValue(manifest, Project.class));
        default -> throw new IllegalArgumentException("no Java validator for kind " + kind);
      };
    } catch (JsonMappingException e) {
      return List.of(new Violation(path(e), "cannot be read: " + e.getOriginalMessage()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Jackson's reference chain as a kube-style path: {@code spec.agent.env[0].name}. */
  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
      }
    }
    return b.toString();
  }
}
