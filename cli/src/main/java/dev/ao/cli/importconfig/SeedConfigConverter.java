package dev.ao.cli.importconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.validation.ProjectValidator;
import dev.ao.api.validation.Violation;
import dev.ao.cli.manifest.SecretPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seed tool's agent-orchestrator.yaml (wrapped with `projects:`, or a flat per-repo file) →
 * Project manifests plus the Secrets they need, and a report of everything that could not be carried.
 */
public final class SeedConfigConverter {
  private static final Map<String, String> TOP_LEVEL_NOT_CARRIED = Map.of(
      "port", "there is no dashboard server; use `ao status`, `kubectl get sessions` and the Grafana dashboard",
      "terminalPort", "terminals are reached with `ao session attach`",
      "directTerminalPort", "terminals are reached with `ao session attach`",
      "readyThresholdMs", "idle detection is per agent profile (agentProfiles[].activity.idleAfterSeconds)",
      "power", "agents run in the cluster, not on a laptop that could sleep",
      "lifecycle", "the operator always runs the lifecycle and cleans up after merged PRs",
      "dashboard", "there is no web dashboard; use `ao status -w` or the Grafana dashboard");
  private static final Set<String> TOP_LEVEL_CARRIED =
      Set.of("defaults", "notifiers", "notificationRouting", "reactions", "projects", "plugins");
  private static final Set<String> DEFAULTS_CARRIED = Set.of("agent", "notifiers", "orchestrator", "worker");

  /** The Projects (valid ones only), the Secrets they refer to, and the report. */
  public record Result(List<Project> projects, List<SecretPlan> secrets, ImportReport report) {}

  private SeedConfigConverter() {}

  public static Result convert(Path file, String namespace, String flatProjectId) {
    JsonNode root = SeedYaml.read(file);
    Path dir = file.toAbsolutePath().getParent();
    ImportReport report = new ImportReport();
    Map<String, JsonNode> projects = new LinkedHashMap<>();
    if (root.has("projects")) {
      JsonNode ps = root.get("projects");
      SeedYaml.fieldNames(ps).forEach(id -> projects.put(id, ps.get(id)));
      reportTopLevel(root, report);
    } else {
      // The hybrid shape: a flat per-repo file holding one project's behaviour keys.
      String id = flatProjectId != null ? flatProjectId : dir.getFileName().toString();
      projects.put(id, root);
    }
    List<Project> out = new ArrayList<>();
    Map<String, SecretPlan> secrets = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : projects.entrySet()) {
      SeedProjectConverter.Result r = SeedProjectConverter.convert(e.getKey(), e.getValue(), root, dir, namespace, report);
      List<Violation> violations = ProjectValidator.validate(r.project());
      if (violations.isEmpty()) {
        out.add(r.project());
        report.converted(r.project().getMetadata().getName());
        r.secrets().forEach(s -> secrets.putIfAbsent(s.name(), s));
      } else {
        violations.forEach(v -> report.invalid("projects." + e.getKey(), v.toString()));
      }
    }
    secrets.values().forEach(report::secret);
    return new Result(out, List.copyOf(secrets.values()), report);
  }

  private static void reportTopLevel(JsonNode root, ImportReport report) {
    for (String key : SeedYaml.fieldNames(root)) {
      if (TOP_LEVEL_NOT_CARRIED.containsKey(key)) {
        report.notCarried(key, TOP_LEVEL_NOT_CARRIED.get(key));
      } else if (!TOP_LEVEL_CARRIED.contains(key)) {
        report.notCarried(key, "unknown key");
      }
    }
    JsonNode defaults = root.get("defaults");
    for (String key : SeedYaml.fieldNames(defaults)) {
      if (!DEFAULTS_CARRIED.contains(key)) {
        report.notCarried("defaults." + key, key.equals("runtime") ? "every agent runs in its own pod"
            : key.equals("workspace") ? "every Session gets its own clone on a volume" : "unknown key");
      }
    }
    JsonNode plugins = root.get("plugins");
    if (plugins != null && plugins.isArray()) {
      for (int i = 0; i < plugins.size(); i++) {
        String name = SeedYaml.text(plugins.get(i), "name").orElse("#" + i);
        report.notCarried("plugins[" + name + "]", "plugins are not loaded: agents are data (spec.agentProfiles), and"
            + " trackers, SCM and notifiers are typed Project sections");
      }
    }
    SeedNotifiers.report(root, report);
    SeedReactions.report(root.get("reactions"), "reactions", report);
  }
}
