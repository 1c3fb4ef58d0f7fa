package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fields the schema does not declare. The API server drops them from a custom resource (pruning); with strict
 * field validation, kubectl's default, it refuses the request instead and names each one
 * ({@code unknown field "spec.foo"}). A typo such as {@code spec.promt} would otherwise vanish silently.
 */
final class UnknownFieldsFinder {
  /** Every object may carry these at its root; the API server handles them outside the CRD schema. */
  private static final Set<String> RESOURCE_ROOT_FIELDS = Set.of("apiVersion", "kind", "metadata");

  private UnknownFieldsFinder() {}

  /** Paths of undeclared fields; when {@code prune} is set they are also removed from {@code value}. */
  static List<FieldPath> find(JsonNode value, SchemaNode schema, boolean prune) {
    List<FieldPath> found = new ArrayList<>();
    walk(value, schema, FieldPath.root(), true, prune, found);
    return found;
  }

  private static void walk(
      JsonNode value, SchemaNode schema, FieldPath path, boolean resourceRoot, boolean prune, List<FieldPath> found) {
    if (schema == null || value == null || schema.preserveUnknownFields() && schema.properties().isEmpty()) {
      return;
    }
    if (value instanceof ObjectNode object) {
      SchemaNode values = schema.additionalProperties();
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        SchemaNode declared = schema.properties().get(name);
        if (declared != null) {
          walk(object.get(name), declared, path.child(name), declared.embeddedResource(), prune, found);
        } else if (values != null) {
          walk(object.get(name), values, path.key(name), values.embeddedResource(), prune, found);
        } else if (resourceRoot && RESOURCE_ROOT_FIELDS.contains(name)) {
          // validated by the API server's ObjectMeta rules, not the schema
        } else if (!schema.preserveUnknownFields() && !Boolean.TRUE.equals(schema.additionalPropertiesFlag())) {
          found.add(path.child(name));
          if (prune) {
            object.remove(name);
          }
        }
      }
    } else if (value.isArray() && schema.items() != null) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), schema.items(), path.index(i), schema.items().embeddedResource(), prune, found);
      }
    }
  }
}
