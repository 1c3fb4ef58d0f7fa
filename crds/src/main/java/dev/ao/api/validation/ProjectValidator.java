package dev.ao.api.validation;

import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.project.AgentProfile;
import dev.ao.api.v1alpha1.project.NotifierSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.api.v1alpha1.project.TrackerSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The Project rules of the CRD schema as pure Java (see {@link SessionValidator} for why). */
public final class ProjectValidator {
  private ProjectValidator() {}

  public static List<Violation> validate(Project project) {
    Violations v = new Violations();
    ProjectSpec spec = project.getSpec();
    if (spec == null || spec.repo == null) {
      v.add("spec.repo", "Required value: a Project needs spec.repo.url (the clone URL)");
      return v.list();
    }
    v.required("spec.repo.url", spec.repo.url, "set the clone URL, e.g. https://github.com/acme/webapp.git");
    v.pattern("spec.repo.url", spec.repo.url, Patterns.REPO_URL, "use an https://, ssh:// or git@ clone URL");
    SessionValidator.validateBranch(v, "spec.repo.defaultBranch", spec.repo.defaultBranch);
    v.pattern("spec.sessionPrefix", spec.sessionPrefix, Patterns.SESSION_PREFIX,
        "lowercase letters, digits and '-', starting with a letter, at most 20 characters");
    SessionValidator.validateAgent(v, "spec.agent", spec.agent);
    validateProfiles(v, spec.agentProfiles);
    if (spec.workspace != null) {
      v.pattern("spec.workspace.size", spec.workspace.size, Patterns.STORAGE_QUANTITY, "use a quantity like 5Gi");
    }
    if (spec.tracker != null) {
      v.required("spec.tracker.type", spec.tracker.type, "github or linear");
      if (spec.tracker.type == TrackerSpec.Type.LINEAR && spec.tracker.linear == null) {
        v.add("spec.tracker.linear", "Required value: tracker.type linear needs tracker.linear (teamKey, apiKeySecret)");
      }
    }
    if (spec.scm != null) {
      v.pattern("spec.scm.pollInterval", spec.scm.pollInterval, Patterns.DURATION, "use a duration like 30s or 2m");
    }
    validateNotifiers(v, spec.notifiers);
    if (spec.reactions != null) {
      for (String key : spec.reactions.keySet()) {
        if (!ReactionKeys.ALL.contains(key)) {
          v.add("spec.reactions", "Unsupported value \"" + key + "\": reaction keys are " + String.join(", ", ReactionKeys.ALL));
        }
      }
    }
    if (spec.limits != null && spec.limits.maxConcurrentSessions != null && spec.limits.maxConcurrentSessions < 1) {
      v.add("spec.limits.maxConcurrentSessions", "Invalid value: must be at least 1 (unset it for no limit)");
    }
    return v.list();
  }

  private static void validateProfiles(Violations v, List<AgentProfile> profiles) {
    if (profiles == null) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < profiles.size(); i++) {
      AgentProfile p = profiles.get(i);
      String f = "spec.agentProfiles[" + i + "]";
      v.required(f + ".name", p.name, "name the profile");
      v.pattern(f + ".name", p.name, Patterns.PROFILE_NAME, "lowercase letters, digits and '-'");
      if (p.name != null && !names.add(p.name)) {
        v.add("spec.agentProfiles", "Invalid value: agent profile names must be unique (\"" + p.name + "\" repeats)");
      }
      if (p.command != null && p.command.isEmpty()) {
        v.add(f + ".command", "Invalid value: a launch command needs at least the program name");
      }
      SessionValidator.validateEnv(v, f + ".env", p.env);
    }
  }

  private static void validateNotifiers(Violations v, List<NotifierSpec> notifiers) {
    if (notifiers == null) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < notifiers.size(); i++) {
      NotifierSpec n = notifiers.get(i);
      String f = "spec.notifiers[" + i + "]";
      v.required(f + ".name", n.name, "name the notifier");
      v.required(f + ".type", n.type, "slack or webhook");
      if (n.name != null && !names.add(n.name)) {
        v.add("spec.notifiers", "Invalid value: notifier names must be unique (\"" + n.name + "\" repeats)");
      }
      if (n.type == NotifierSpec.Type.SLACK && n.slack == null) {
        v.add(f + ".slack", "Required value: type slack needs slack.webhookUrlSecret");
      }
      if (n.type == NotifierSpec.Type.WEBHOOK && n.webhook == null) {
        v.add(f + ".webhook", "Required value: type webhook needs webhook.url");
      }
    }
  }
}
