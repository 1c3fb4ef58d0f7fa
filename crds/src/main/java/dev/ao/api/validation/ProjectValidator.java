package dev.ao.api.validation;

import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.project.LimitsSpec;
import dev.ao.api.v1alpha1.project.OrchestratorSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.api.v1alpha1.project.TrackerSpec;
import dev.ao.api.v1alpha1.project.WorkspaceSpec;
import java.util.List;
import java.util.Map;

/**
 * The Project rules of the CRD schema as pure Java (see {@link SessionValidator} for why). Field paths are the
 * API server's: list items as {@code [i]}, and map entries dotted ({@code spec.reactions.ci-failed.retries})
 * as its OpenAPI validator names them.
 */
public final class ProjectValidator {
  private ProjectValidator() {}

  public static List<Violation> validate(Project project) {
    Violations v = new Violations();
    ProjectSpec spec = project.getSpec();
    if (spec == null || spec.repo == null) {
      v.add("spec.repo", "Required value: a Project needs spec.repo.url (the clone URL)");
      return v.list();
    }
    repo(v, spec.repo);
    v.pattern("spec.sessionPrefix", spec.sessionPrefix, Patterns.SESSION_PREFIX,
        "lowercase letters, digits and '-', starting with a letter, at most 20 characters");
    CommonRules.agent(v, "spec.agent", spec.agent);
    AgentProfileRules.validate(v, spec.agentProfiles);
    workspace(v, spec.workspace);
    tracker(v, spec.tracker);
    scm(v, spec.scm);
    NotifierRules.validate(v, spec.notifiers);
    reactions(v, spec.reactions);
    limits(v, spec.limits);
    v.maxLength("spec.agentRules", spec.agentRules, 65536);
    v.maxLength("spec.promptTemplate", spec.promptTemplate, 65536);
    orchestrator(v, spec.orchestrator);
    return v.list();
  }

  private static void repo(Violations v, RepoSpec repo) {
    v.required("spec.repo.url", repo.url, "set the clone URL, e.g. https://github.com/acme/webapp.git");
    v.pattern("spec.repo.url", repo.url, Patterns.REPO_URL, "use an https://, ssh:// or git@ clone URL");
    v.maxLength("spec.repo.url", repo.url, 1024);
    CommonRules.branch(v, "spec.repo.defaultBranch", repo.defaultBranch);
    CommonRules.secretRef(v, "spec.repo.tokenSecret", repo.tokenSecret);
    if (repo.author != null) {
      v.maxLength("spec.repo.author.name", repo.author.name, 256);
      v.pattern("spec.repo.author.email", repo.author.email, Patterns.EMAIL, "an email address like agent@example.com");
      v.maxLength("spec.repo.author.email", repo.author.email, 256);
    }
  }

  private static void workspace(Violations v, WorkspaceSpec workspace) {
    if (workspace == null) {
      return;
    }
    v.pattern("spec.workspace.size", workspace.size, Patterns.STORAGE_QUANTITY, "use a quantity like 5Gi");
    v.pattern("spec.workspace.storageClassName", workspace.storageClassName, Patterns.DNS_SUBDOMAIN, "a StorageClass name");
    v.maxItems("spec.workspace.setupCommands", workspace.setupCommands, 20);
  }

  private static void tracker(Violations v, TrackerSpec tracker) {
    if (tracker == null) {
      return;
    }
    v.required("spec.tracker.type", tracker.type, "github or linear");
    if (tracker.github != null) {
      v.pattern("spec.tracker.github.repository", tracker.github.repository, Patterns.OWNER_REPO, "owner/repo");
      CommonRules.secretRef(v, "spec.tracker.github.tokenSecret", tracker.github.tokenSecret);
    }
    if (tracker.type == TrackerSpec.Type.LINEAR && tracker.linear == null) {
      v.add("spec.tracker.linear", "Required value: tracker.type linear needs tracker.linear (teamKey, apiKeySecret)");
    }
    if (tracker.linear != null) {
      String f = "spec.tracker.linear";
      v.required(f + ".teamKey", tracker.linear.teamKey, "the team key, e.g. ENG");
      v.pattern(f + ".teamKey", tracker.linear.teamKey, Patterns.LINEAR_TEAM_KEY, "uppercase letters and digits, e.g. ENG");
      v.required(f + ".apiKeySecret", tracker.linear.apiKeySecret, "the Secret key holding the Linear API key");
      CommonRules.secretRef(v, f + ".apiKeySecret", tracker.linear.apiKeySecret);
      v.pattern(f + ".apiUrl", tracker.linear.apiUrl, Patterns.HTTP_URL, "an http(s) URL");
      v.maxLength(f + ".apiUrl", tracker.linear.apiUrl, 512);
    }
  }

  private static void scm(Violations v, ScmSpec scm) {
    if (scm == null) {
      return;
    }
    v.pattern("spec.scm.pollInterval", scm.pollInterval, Patterns.DURATION, "use a duration like 30s or 2m");
    if (scm.github != null) {
      v.pattern("spec.scm.github.apiUrl", scm.github.apiUrl, Patterns.HTTP_URL, "an http(s) URL, e.g. https://api.github.com");
      v.maxLength("spec.scm.github.apiUrl", scm.github.apiUrl, 512);
      v.pattern("spec.scm.github.repository", scm.github.repository, Patterns.OWNER_REPO, "owner/repo");
      CommonRules.secretRef(v, "spec.scm.github.tokenSecret", scm.github.tokenSecret);
    }
  }

  private static void reactions(Violations v, Map<String, ReactionSpec> reactions) {
    if (reactions == null) {
      return;
    }
    v.maxEntries("spec.reactions", reactions, ReactionKeys.COUNT);
    for (Map.Entry<String, ReactionSpec> e : reactions.entrySet()) {
      if (!ReactionKeys.ALL.contains(e.getKey())) {
        v.add("spec.reactions", "Unsupported value \"" + e.getKey() + "\": reaction keys are " + String.join(", ", ReactionKeys.ALL));
      }
      ReactionSpec r = e.getValue();
      if (r == null) {
        continue;
      }
      String f = "spec.reactions." + e.getKey();
      v.maxLength(f + ".message", r.message, 8192);
      v.range(f + ".retries", r.retries, 0, 100, "deliveries before escalating");
      v.pattern(f + ".escalateAfter", r.escalateAfter, Patterns.ATTEMPTS_OR_DURATION, "a number of attempts (3) or a duration (30m)");
      v.pattern(f + ".threshold", r.threshold, Patterns.DURATION, "use a duration like 10m");
    }
  }

  private static void limits(Violations v, LimitsSpec limits) {
    if (limits == null) {
      return;
    }
    v.range("spec.limits.maxConcurrentSessions", limits.maxConcurrentSessions, 1, 10000, "unset it for no limit");
    v.pattern("spec.limits.maxSessionDuration", limits.maxSessionDuration, Patterns.DURATION, "use a duration like 24h");
    v.pattern("spec.limits.idleTimeout", limits.idleTimeout, Patterns.DURATION, "use a duration like 10m");
  }

  private static void orchestrator(Violations v, OrchestratorSpec orchestrator) {
    if (orchestrator == null) {
      return;
    }
    v.maxLength("spec.orchestrator.rules", orchestrator.rules, 65536);
    CommonRules.agent(v, "spec.orchestrator.agent", orchestrator.agent);
  }
}
