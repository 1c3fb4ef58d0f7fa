package dev.ao.cli.importconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.NotifierSpec;
import dev.ao.api.v1alpha1.project.Priority;
import dev.ao.cli.kube.ObjectNames;
import dev.ao.cli.manifest.SecretPlan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Seed notifiers + notificationRouting → Project notifiers with the priorities routed to each.
 * Slack webhook URLs are secrets: they go to a Secret the user creates, never into the manifest.
 */
final class SeedNotifiers {
  private static final Set<String> SLACK_FIELDS = Set.of("plugin", "webhookUrl");
  private static final Set<String> WEBHOOK_FIELDS = Set.of("plugin", "url", "retries", "headers");

  record Converted(List<NotifierSpec> notifiers, List<SecretPlan> secrets) {}

  private SeedNotifiers() {}

  static Converted convert(JsonNode root) {
    JsonNode notifiers = root.get("notifiers");
    List<NotifierSpec> out = new ArrayList<>();
    List<SecretPlan> secrets = new ArrayList<>();
    for (String id : SeedYaml.fieldNames(notifiers)) {
      JsonNode n = notifiers.get(id);
      String plugin = SeedYaml.text(n, "plugin").orElse("");
      Set<Priority> routed = routedPriorities(root, id);
      if (routed.isEmpty() || !(plugin.equals("slack") || plugin.equals("webhook"))) {
        continue;
      }
      NotifierSpec spec = new NotifierSpec();
      spec.name = ObjectNames.dnsLabel(id);
      spec.priorities = routed.size() == Priority.values().length ? null : List.copyOf(routed);
      if (plugin.equals("slack")) {
        SecretPlan secret = slackSecret(id);
        spec.type = NotifierSpec.Type.SLACK;
        spec.slack = new NotifierSpec.Slack();
        spec.slack.webhookUrlSecret = new SecretKeyRef(secret.name(), "url");
        secrets.add(secret);
      } else {
        spec.type = NotifierSpec.Type.WEBHOOK;
        spec.webhook = new NotifierSpec.Webhook();
        spec.webhook.url = SeedYaml.text(n, "url").orElse(null);
        if (n.has("retries") && n.get("retries").canConvertToInt()) {
          spec.webhook.retries = Math.max(0, Math.min(10, n.get("retries").asInt()));
        }
      }
      out.add(spec);
    }
    return new Converted(out, secrets);
  }

  /** Reports, once for the whole file, which notifiers and fields have no place in a Project. */
  static void report(JsonNode root, ImportReport report) {
    JsonNode notifiers = root.get("notifiers");
    for (String id : SeedYaml.fieldNames(notifiers)) {
      JsonNode n = notifiers.get(id);
      String path = "notifiers." + id;
      String plugin = SeedYaml.text(n, "plugin").orElse(SeedYaml.text(n, "package").orElse("(none)"));
      if (!plugin.equals("slack") && !plugin.equals("webhook")) {
        report.notCarried(path, "notifier plugin " + plugin + " has no counterpart; Kubernetes Events are always written,"
            + " and slack and webhook notifiers are supported");
        continue;
      }
      if (routedPriorities(root, id).isEmpty()) {
        report.notCarried(path, "no notificationRouting entry or defaults.notifiers sends anything to it");
        continue;
      }
      Set<String> known = plugin.equals("slack") ? SLACK_FIELDS : WEBHOOK_FIELDS;
      for (String field : SeedYaml.fieldNames(n)) {
        if (field.equals("headers") && plugin.equals("webhook")) {
          report.notCarried(path + ".headers", "custom headers are not sent; requests can be HMAC-signed (webhook.hmacSecret)");
        } else if (!known.contains(field)) {
          report.notCarried(path + "." + field, "not a setting of the " + plugin + " notifier");
        }
      }
      if (plugin.equals("slack")) {
        report.changed(path + ".webhookUrl", "moved to Secret " + slackSecret(id).name() + " (key url); the URL is not copied");
      }
    }
  }

  /** Priorities whose recipients include the notifier: notificationRouting[p], else defaults.notifiers (the seed's rule). */
  static Set<Priority> routedPriorities(JsonNode root, String id) {
    JsonNode routing = root.get("notificationRouting");
    List<String> defaults = SeedYaml.strings(root.get("defaults"), "notifiers");
    Set<Priority> out = EnumSet.noneOf(Priority.class);
    for (Priority p : Priority.values()) {
      String key = p.name().toLowerCase(Locale.ROOT);
      List<String> recipients = routing != null && routing.has(key) ? SeedYaml.strings(routing, key) : defaults;
      if (recipients.contains(id)) {
        out.add(p);
      }
    }
    return out;
  }

  private static SecretPlan slackSecret(String id) {
    String name = "ao-notifier-" + ObjectNames.dnsLabel(id);
    String env = id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_WEBHOOK_URL";
    return new SecretPlan(name, "Slack webhook of notifier " + id, Map.of("url", env));
  }
}
