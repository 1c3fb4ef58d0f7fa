package dev.ao.cli.importconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.project.TrackerSpec;
import dev.ao.cli.init.RepoUrls;
import dev.ao.cli.manifest.SecretPlan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Seed tracker plugin config → the typed tracker section (GitHub Issues or Linear). */
final class SeedTracker {
  private static final String TEAM_KEY = "^[A-Z][A-Z0-9]{0,9}$";

  private SeedTracker() {}

  static TrackerSpec convert(JsonNode p, String at, String name, RepoSpec repo, List<SecretPlan> secrets, ImportReport report) {
    JsonNode t = p.get("tracker");
    String plugin = SeedYaml.text(t, "plugin").orElse(t == null ? "github" : SeedYaml.text(t, "package").orElse("(none)"));
    TrackerSpec spec = new TrackerSpec();
    switch (plugin) {
      case "github" -> {
        spec.type = TrackerSpec.Type.GITHUB;
        Optional<String> repository = repo == null ? Optional.empty() : RepoUrls.githubRepository(repo.url);
        if (repository.isPresent()) {
          spec.github = new TrackerSpec.GitHubTracker();
          spec.github.repository = repository.get();
        }
        extraFields(t, at, List.of("plugin"), report);
        return spec;
      }
      case "linear" -> {
        Optional<String> key = SeedYaml.text(t, "teamKey").or(() -> SeedYaml.text(t, "teamId"))
            .map(k -> k.toUpperCase(Locale.ROOT)).filter(k -> k.matches(TEAM_KEY));
        if (key.isEmpty()) {
          report.notCarried(at + ".tracker", "Linear needs the team key (ENG in ENG-123), and teamId "
              + SeedYaml.text(t, "teamId").orElse("(unset)") + " is not one; add spec.tracker.linear.teamKey by hand");
          return null;
        }
        spec.type = TrackerSpec.Type.LINEAR;
        spec.linear = new TrackerSpec.LinearTracker();
        spec.linear.teamKey = key.get();
        spec.linear.apiKeySecret = new SecretKeyRef(name + "-linear-api-key", "token");
        secrets.add(new SecretPlan(name + "-linear-api-key", "Linear API key of " + name, Map.of("token", "LINEAR_API_KEY")));
        extraFields(t, at, List.of("plugin", "teamId", "teamKey"), report);
        return spec;
      }
      default -> {
        report.notCarried(at + ".tracker", "tracker plugin " + plugin + " is not supported (github and linear are)");
        return null;
      }
    }
  }

  private static void extraFields(JsonNode t, String at, List<String> known, ImportReport report) {
    for (String field : SeedYaml.fieldNames(t)) {
      if (!known.contains(field)) {
        report.notCarried(at + ".tracker." + field, "not a setting of the tracker");
      }
    }
  }
}
