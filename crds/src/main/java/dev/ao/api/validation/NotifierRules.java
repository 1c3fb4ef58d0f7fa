package dev.ao.api.validation;

import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.project.NotifierSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules for a Project's {@code notifiers}: each typed section present for its type, names unique. */
final class NotifierRules {
  private NotifierRules() {}

  static void validate(Violations v, List<NotifierSpec> notifiers) {
    if (notifiers == null) {
      return;
    }
    v.maxItems("spec.notifiers", notifiers, 16);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < notifiers.size(); i++) {
      NotifierSpec n = notifiers.get(i);
      String f = "spec.notifiers[" + i + "]";
      v.required(f + ".name", n.name, "name the notifier");
      v.pattern(f + ".name", n.name, Patterns.PROFILE_NAME, "lowercase letters, digits and '-'");
      v.maxLength(f + ".name", n.name, Patterns.PROFILE_NAME_MAX);
      v.required(f + ".type", n.type, "slack or webhook");
      if (n.name != null && !names.add(n.name)) {
        v.add("spec.notifiers", "Invalid value: notifier names must be unique (\"" + n.name + "\" repeats)");
      }
      v.maxItems(f + ".priorities", n.priorities, 4);
      if (n.type == NotifierSpec.Type.SLACK && n.slack == null) {
        v.add(f + ".slack", "Required value: type slack needs slack.webhookUrlSecret");
      }
      if (n.slack != null) {
        v.required(f + ".slack.webhookUrlSecret", n.slack.webhookUrlSecret, "the Secret key holding the Slack webhook URL");
        CommonRules.secretRef(v, f + ".slack.webhookUrlSecret", n.slack.webhookUrlSecret);
      }
      if (n.type == NotifierSpec.Type.WEBHOOK && n.webhook == null) {
        v.add(f + ".webhook", "Required value: type webhook needs webhook.url");
      }
      if (n.webhook != null) {
        v.required(f + ".webhook.url", n.webhook.url, "the URL to POST notifications to");
        v.pattern(f + ".webhook.url", n.webhook.url, Patterns.HTTP_URL, "an http(s) URL");
        v.maxLength(f + ".webhook.url", n.webhook.url, 1024);
        CommonRules.secretRef(v, f + ".webhook.hmacSecret", n.webhook.hmacSecret);
        v.range(f + ".webhook.retries", n.webhook.retries, 0, 10, "retries with backoff");
      }
    }
  }
}
