package dev.ao.cli.importconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ao.cli.support.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Reading the seed tool's YAML loosely: it is another program's format, so unknown keys are reported, not fatal. */
final class SeedYaml {
  private SeedYaml() {}

  static JsonNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw CliException.userError(file + " does not exist; pass the path of your agent-orchestrator.yaml.");
    }
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
      if (root == null || !root.isObject()) {
        throw CliException.userError(file + " is not an agent-orchestrator config (expected a YAML mapping).");
      }
      return root;
    } catch (IOException e) {
      throw CliException.userError(file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
  }

  static Optional<JsonNode> object(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isObject() ? Optional.of(v) : Optional.empty();
  }

  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node == null ? null : node.get(field);
    if (v != null && v.isArray()) {
      v.forEach(e -> out.add(e.asText()));
    }
    return out;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node != null) {
      Iterator<String> it = node.fieldNames();
      it.forEachRemaining(names::add);
    }
    return names;
  }
}
