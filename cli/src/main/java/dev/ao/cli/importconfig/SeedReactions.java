package dev.ao.cli.importconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.project.Priority;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Seed reactions → Project reactions. The seed shallow-merged a project's entry over the global one;
 * the result is carried field by field, and the operator merges it over the key's default.
 */
final class SeedReactions {
  private static final String ESCALATE = "^([0-9]+|([0-9]+(ms|s|m|h))+)$";

  private SeedReactions() {}

  /** Global reactions overlaid with the project's, per key; findings reported under each source's own path. */
  static Map<String, ReactionSpec> convert(JsonNode global, JsonNode project, String projectPath, ImportReport report) {
    Set<String> keys = new LinkedHashSet<>(SeedYaml.fieldNames(global));
    keys.addAll(SeedYaml.fieldNames(project));
    Map<String, ReactionSpec> out = new LinkedHashMap<>();
    for (String key : keys) {
      if (!ReactionKeys.ALL.contains(key)) {
        continue; // reported once per source by report()
      }
      ReactionSpec spec = new ReactionSpec();
      apply(spec, global == null ? null : global.get(key));
      apply(spec, project == null ? null : project.get(key));
      out.put(key, spec);
    }
    return out;
  }

  /** Reports what one source (the global block or one project's) loses or changes; call once per source. */
  static void report(JsonNode reactions, String path, ImportReport report) {
    for (String key : SeedYaml.fieldNames(reactions)) {
      String at = path + "." + key;
      if (!ReactionKeys.ALL.contains(key)) {
        report.notCarried(at, key.equals("agent-idle") ? "no event ever fired agent-idle in Agent Orchestrator; idle agents surface as agent-stuck"
            : key.startsWith("report-") ? "agent self-reports (`ao report`) are not part of this product"
            : "unknown reaction key; supported: " + String.join(", ", ReactionKeys.ALL));
        continue;
      }
      JsonNode r = reactions.get(key);
      for (String field : SeedYaml.fieldNames(r)) {
        if (!Set.of("auto", "action", "message", "priority", "retries", "escalateAfter", "threshold").contains(field)) {
          report.notCarried(at + "." + field, field.equals("includeSummary")
              ? "summaries are not included in notifications" : "unknown reaction field");
        }
      }
      String action = SeedYaml.text(r, "action").orElse(null);
      if (action == null) {
        report.changed(at, "partial override: the built-in action and message of " + key + " are kept (Agent Orchestrator replaced"
            + " the whole default and fell back to notify)");
      } else if (action.equals("auto-merge")) {
        report.changed(at, "auto-merge now merges the PR (Agent Orchestrator only sent a notification)");
      } else if (action.equals("notify") && r.hasNonNull("message")) {
        report.changed(at + ".message", "now used as the notification text (Agent Orchestrator ignored it for notify)");
      }
      invalidValues(r, at, report);
    }
  }

  private static void invalidValues(JsonNode r, String at, ImportReport report) {
    SeedYaml.text(r, "action").filter(a -> action(a) == null)
        .ifPresent(a -> report.notCarried(at + ".action", "\"" + a + "\" is not send-to-agent, notify or auto-merge"));
    SeedYaml.text(r, "priority").filter(p -> priority(p) == null)
        .ifPresent(p -> report.notCarried(at + ".priority", "\"" + p + "\" is not urgent, action, warning or info"));
    SeedYaml.text(r, "escalateAfter").filter(e -> !e.matches(ESCALATE))
        .ifPresent(e -> report.notCarried(at + ".escalateAfter", "\"" + e + "\" is not a count or a duration like 30m"));
    SeedYaml.text(r, "threshold").filter(t -> !t.matches(Patterns.DURATION))
        .ifPresent(t -> report.notCarried(at + ".threshold", "\"" + t + "\" is not a duration like 10m"));
  }

  private static void apply(ReactionSpec spec, JsonNode r) {
    if (r == null || !r.isObject()) {
      return;
    }
    if (r.has("auto") && r.get("auto").isBoolean()) {
      spec.enabled = r.get("auto").asBoolean();
    }
    SeedYaml.text(r, "action").map(SeedReactions::action).ifPresent(a -> spec.action = a);
    SeedYaml.text(r, "message").ifPresent(m -> spec.message = m);
    SeedYaml.text(r, "priority").map(SeedReactions::priority).ifPresent(p -> spec.priority = p);
    if (r.has("retries") && r.get("retries").canConvertToInt()) {
      spec.retries = Math.max(0, Math.min(100, r.get("retries").asInt()));
    }
    SeedYaml.text(r, "escalateAfter").filter(e -> e.matches(ESCALATE)).ifPresent(e -> spec.escalateAfter = e);
    SeedYaml.text(r, "threshold").filter(t -> t.matches(Patterns.DURATION)).ifPresent(t -> spec.threshold = t);
  }

  private static ReactionSpec.Action action(String a) {
    return switch (a) {
      case "send-to-agent" -> ReactionSpec.Action.SEND_TO_AGENT;
      case "notify" -> ReactionSpec.Action.NOTIFY;
      case "auto-merge" -> ReactionSpec.Action.AUTO_MERGE;
      default -> null;
    };
  }

  static Priority priority(String p) {
    return switch (p.toLowerCase(Locale.ROOT)) {
      case "urgent" -> Priority.URGENT;
      case "action" -> Priority.ACTION;
      case "warning" -> Priority.WARNING;
      case "info" -> Priority.INFO;
      default -> null;
    };
  }
}
