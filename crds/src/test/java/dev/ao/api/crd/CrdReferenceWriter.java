package dev.ao.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.schema.SchemaNode;
import dev.ao.api.v1alpha1.session.SessionPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders CRDs as Markdown: per kind its {@code kubectl get} columns, then one table per object level of the
 * schema (field, type, required, default, validation, description), and for Sessions the phases with their
 * meaning. Deterministic, so a stale checked-in copy shows up as a diff.
 */
final class CrdReferenceWriter {
  private final StringBuilder md = new StringBuilder();

  String write(List<JsonNode> crds) {
    md.append("# Custom resource reference\n\n");
    md.append("<!-- Generated from the CRDs by dev.ao.api.crd.CrdReferenceMain. Do not edit; run crds/sync-crds.sh. -->\n\n");
    JsonNode first = crds.get(0).path("spec");
    md.append("API group `").append(first.path("group").asText()).append("`, version `")
        .append(storageVersion(crds.get(0)).path("name").asText()).append("`. All kinds are namespaced.\n\n");
    for (JsonNode crd : crds) {
      String kind = crd.path("spec").path("names").path("kind").asText();
      md.append("- [").append(kind).append("](#").append(kind.toLowerCase()).append(")\n");
    }
    md.append('\n');
    md.append("Validation below is what the API server enforces on `kubectl apply`: OpenAPI constraints and CEL rules")
        .append(" (their messages are what you see when a rule fails). Patterns use RE2 syntax.\n");
    for (JsonNode crd : crds) {
      kind(crd);
    }
    return md.toString();
  }

  private void kind(JsonNode crd) {
    JsonNode names = crd.path("spec").path("names");
    String kind = names.path("kind").asText();
    JsonNode version = storageVersion(crd);
    md.append("\n## ").append(kind).append("\n\n");
    md.append("`kubectl get ").append(names.path("plural").asText()).append('`');
    List<String> shortNames = new ArrayList<>();
    names.path("shortNames").forEach(n -> shortNames.add("`" + n.asText() + "`"));
    if (!shortNames.isEmpty()) {
      md.append(" (short names: ").append(String.join(", ", shortNames)).append(')');
    }
    md.append(" shows these columns; `-o wide` adds those marked wide.\n\n");
    md.append("| Column | Type | Source | Shown |\n|---|---|---|---|\n");
    for (JsonNode col : version.path("additionalPrinterColumns")) {
      md.append("| ").append(col.path("name").asText()).append(" | ").append(col.path("type").asText())
          .append(" | `").append(col.path("jsonPath").asText()).append("` | ")
          .append(col.path("priority").asInt(0) == 0 ? "always" : "wide").append(" |\n");
    }
    SchemaNode root = SchemaNode.of(version.path("schema").path("openAPIV3Schema"));
    for (Map.Entry<String, SchemaNode> top : root.properties().entrySet()) {
      objectTables(kind, top.getKey(), top.getValue());
    }
    if (kind.equals("Session")) {
      phases();
    }
  }

  /** One table for this object, then one for each object below it, depth first. */
  private void objectTables(String kind, String path, SchemaNode object) {
    SchemaNode node = unwrap(object);
    if (node.properties().isEmpty()) {
      return;
    }
    md.append("\n### ").append(kind).append('.').append(path).append("\n\n");
    if (node.description() != null) {
      md.append(text(node.description())).append("\n\n");
    } else if (path.equals("status")) {
      md.append("Written by the operator (status subresource); changes to it in a manifest are ignored.\n\n");
    }
    SchemaDoc.objectRules(node).forEach(rule -> md.append("- Rule: ").append(rule).append('\n'));
    if (!node.validations().isEmpty()) {
      md.append('\n');
    }
    md.append("| Field | Type | Required | Default | Validation | Description |\n|---|---|---|---|---|---|\n");
    List<String> required = node.required();
    for (Map.Entry<String, SchemaNode> p : node.properties().entrySet()) {
      SchemaNode field = p.getValue();
      md.append("| `").append(p.getKey()).append("` | ").append(SchemaDoc.type(field)).append(" | ")
          .append(required.contains(p.getKey()) ? "yes" : "").append(" | ")
          .append(field.defaultValue() == null ? "" : "`" + cell(field.defaultValue().isTextual() ? field.defaultValue().asText() : field.defaultValue().toString()) + "`")
          .append(" | ").append(cell(String.join("; ", SchemaDoc.constraints(field)))).append(" | ")
          .append(text(field.description() == null ? "" : field.description())).append(" |\n");
    }
    for (Map.Entry<String, SchemaNode> p : node.properties().entrySet()) {
      objectTables(kind, path + "." + p.getKey() + SchemaDoc.suffix(p.getValue()), p.getValue());
    }
  }

  /** The object a field ultimately holds: the item of a list, the value of a map. */
  private static SchemaNode unwrap(SchemaNode field) {
    if ("array".equals(field.type()) && field.items() != null) {
      return unwrap(field.items());
    }
    if (field.properties().isEmpty() && field.additionalProperties() != null) {
      return unwrap(field.additionalProperties());
    }
    return field;
  }

  private void phases() {
    md.append("\n### Session phases\n\n");
    md.append("`status.phase` is one of these. In a terminal phase the operator does not start the agent again on its")
        .append(" own. Phases that hold a concurrency slot count against the Project's `limits.maxConcurrentSessions`.\n\n");
    md.append("| Phase | Meaning | Terminal | Holds a concurrency slot |\n|---|---|---|---|\n");
    for (SessionPhase phase : SessionPhase.values()) {
      md.append("| `").append(phase.name()).append("` | ").append(text(phase.description())).append(" | ")
          .append(phase.isTerminal() ? "yes" : "").append(" | ").append(phase.holdsSlot() ? "yes" : "").append(" |\n");
    }
  }

  private static JsonNode storageVersion(JsonNode crd) {
    for (JsonNode v : crd.path("spec").path("versions")) {
      if (v.path("storage").asBoolean(false)) {
        return v;
      }
    }
    return crd.path("spec").path("versions").path(0);
  }

  /** Table cells hold one line and no unescaped pipes (GitHub needs {@code \|} even inside code spans). */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", "").replace("\n", " ").strip();
  }

  /** Prose: like {@link #cell}, and {@code <name>} placeholders must not be read as HTML tags. */
  private static String text(String prose) {
    return cell(prose.replace("<", "&lt;").replace(">", "&gt;"));
  }
}
