package dev.ao.cli.importconfig;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.OrchestratorSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.api.v1alpha1.project.TrackerSpec;
import dev.ao.api.v1alpha1.project.WorkspaceSpec;
import dev.ao.cli.init.Credentials;
import dev.ao.cli.init.RepoUrls;
import dev.ao.cli.kube.ObjectNames;
import dev.ao.cli.manifest.SecretPlan;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One seed project → one Project and the Secrets it refers to; every key it cannot carry goes into the report. */
final class SeedProjectConverter {
  private static final Map<String, String> NOT_CARRIED = Map.of(
      "path", "the workspace is a fresh clone on a volume per Session, not a local checkout",
      "runtime", "every agent runs in its own pod (tmux inside, for `ao session attach`)",
      "workspace", "every Session gets its own clone on a PersistentVolumeClaim (spec.workspace)",
      "symlinks", "there is no local checkout to link files from; put shared files in the repository or the image",
      "name", "display names are not part of a Project; it is named after the project id",
      "orchestratorSessionStrategy", "`ao start` reuses the existing orchestrator Session and never deletes it",
      "opencodeIssueSessionStrategy", "each Session has its own workspace and agent history",
      "decomposer", "issue decomposition is left to the orchestrator agent and its rules");
  private static final List<String> CARRIED = List.of("repo", "defaultBranch", "agent", "postCreate", "sessionPrefix", "tracker",
      "scm", "agentConfig", "orchestrator", "worker", "reactions", "agentRules", "agentRulesFile", "orchestratorRules");

  record Result(Project project, List<SecretPlan> secrets) {}

  private SeedProjectConverter() {}

  static Result convert(String id, JsonNode p, JsonNode root, Path configDir, String namespace, ImportReport report) {
    String at = "projects." + id;
    String name = ObjectNames.dnsLabel(id);
    if (!name.equals(id)) {
      report.changed(at, "the Project is named " + name + " (Kubernetes names are lower case, '-' separated)");
    }
    for (String key : SeedYaml.fieldNames(p)) {
      if (NOT_CARRIED.containsKey(key)) {
        report.notCarried(at + "." + key, NOT_CARRIED.get(key));
      } else if (!CARRIED.contains(key)) {
        report.notCarried(at + "." + key, "unknown project key");
      }
    }
    List<SecretPlan> secrets = new ArrayList<>();
    ProjectSpec spec = new ProjectSpec();
    spec.repo = repo(p, at, name, secrets, report);
    sessionPrefix(p, at, name, spec, report);
    JsonNode defaults = root.get("defaults");
    spec.agent = agent(p, defaults, name, secrets);
    spec.orchestrator = orchestrator(p, defaults);
    SeedYaml.object(p, "agentConfig").flatMap(c -> SeedYaml.text(c, "permissions"))
        .filter(perm -> !perm.equals("permissionless") && !perm.equals("skip"))
        .ifPresent(perm -> report.notCarried(at + ".agentConfig.permissions", "agents run without permission prompts in their"
            + " sandboxed pod; \"" + perm + "\" has no equivalent"));
    spec.tracker = SeedTracker.convert(p, at, name, spec.repo, secrets, report);
    spec.scm = scm(p, at, spec.repo, report);
    List<String> setup = SeedYaml.strings(p, "postCreate");
    if (!setup.isEmpty()) {
      spec.workspace = new WorkspaceSpec();
      spec.workspace.setupCommands = setup.size() > 20 ? setup.subList(0, 20) : setup;
      if (setup.size() > 20) {
        report.notCarried(at + ".postCreate", "only the first 20 commands are kept");
      }
    }
    spec.agentRules = agentRules(p, at, configDir, report);
    spec.reactions = SeedReactions.convert(root.get("reactions"), p.get("reactions"), at, report);
    SeedReactions.report(p.get("reactions"), at + ".reactions", report);
    if (spec.reactions.isEmpty()) {
      spec.reactions = null;
    }
    SeedNotifiers.Converted notifiers = SeedNotifiers.convert(root);
    spec.notifiers = notifiers.notifiers().isEmpty() ? null : notifiers.notifiers();
    Project project = new Project();
    project.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    project.setSpec(spec);
    secrets.addAll(notifiers.secrets());
    return new Result(project, secrets);
  }

  private static RepoSpec repo(JsonNode p, String at, String name, List<SecretPlan> secrets, ImportReport report) {
    Optional<String> repo = SeedYaml.text(p, "repo");
    if (repo.isEmpty()) {
      return null;
    }
    RepoSpec spec = new RepoSpec();
    String r = repo.get().trim();
    spec.url = r.matches("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$") ? "https://github.com/" + r + ".git" : RepoUrls.toHttps(r);
    spec.defaultBranch = SeedYaml.text(p, "defaultBranch").orElse("main");
    spec.tokenSecret = new SecretKeyRef(name + "-github-token", "token");
    secrets.add(new SecretPlan(name + "-github-token", "GitHub token of " + name, Map.of("token", "GITHUB_TOKEN")));
    if (spec.url.contains("gitlab")) {
      report.notCarried(at + ".repo", "GitLab is not supported yet (GitHub and GitHub Enterprise are)");
    }
    return spec;
  }

  private static void sessionPrefix(JsonNode p, String at, String name, ProjectSpec spec, ImportReport report) {
    Optional<String> prefix = SeedYaml.text(p, "sessionPrefix");
    if (prefix.isPresent() && prefix.get().matches(Patterns.SESSION_PREFIX)) {
      spec.sessionPrefix = prefix.get();
    } else if (prefix.isPresent()) {
      spec.sessionPrefix = ObjectNames.sessionPrefix(prefix.get());
      report.changed(at + ".sessionPrefix", "\"" + prefix.get() + "\" became \"" + spec.sessionPrefix
          + "\" (lower case, starting with a letter, at most 20 characters)");
    } else if (!name.matches(Patterns.SESSION_PREFIX)) {
      spec.sessionPrefix = ObjectNames.sessionPrefix(name);
    }
  }

  /** worker.agent, else the project's agent, else defaults.worker.agent, else defaults.agent; with the model and its API key. */
  private static AgentSpec agent(JsonNode p, JsonNode defaults, String name, List<SecretPlan> secrets) {
    JsonNode worker = p.get("worker");
    Optional<String> profile = SeedYaml.text(worker, "agent").or(() -> SeedYaml.text(p, "agent"))
        .or(() -> SeedYaml.text(defaults == null ? null : defaults.get("worker"), "agent"))
        .or(() -> SeedYaml.text(defaults, "agent"));
    Optional<String> model = SeedYaml.object(worker, "agentConfig").flatMap(c -> SeedYaml.text(c, "model"))
        .or(() -> SeedYaml.object(p, "agentConfig").flatMap(c -> SeedYaml.text(c, "model")));
    AgentSpec agent = new AgentSpec();
    agent.profile = profile.orElse("claude-code");
    agent.model = model.orElse(null);
    if (Credentials.PROFILES.contains(agent.profile)) {
      Map<String, String> keys = new LinkedHashMap<>();
      agent.env = new ArrayList<>();
      for (Credentials.AgentKey key : Credentials.keysFor(agent.profile, List.of())) {
        agent.env.add(EnvVarSpec.fromSecret(key.envVar(), name + "-agent-keys", key.secretKey()));
        keys.put(key.secretKey(), key.envVar());
      }
      secrets.add(new SecretPlan(name + "-agent-keys", "agent API keys of " + name, keys));
    }
    return agent;
  }

  private static OrchestratorSpec orchestrator(JsonNode p, JsonNode defaults) {
    JsonNode o = p.get("orchestrator");
    Optional<String> profile = SeedYaml.text(o, "agent")
        .or(() -> SeedYaml.text(defaults == null ? null : defaults.get("orchestrator"), "agent"));
    Optional<String> model = SeedYaml.object(o, "agentConfig").flatMap(c -> SeedYaml.text(c, "model"))
        .or(() -> SeedYaml.object(p, "agentConfig").flatMap(c -> SeedYaml.text(c, "orchestratorModel")));
    Optional<String> rules = SeedYaml.text(p, "orchestratorRules");
    if (profile.isEmpty() && model.isEmpty() && rules.isEmpty()) {
      return null;
    }
    OrchestratorSpec spec = new OrchestratorSpec();
    spec.rules = rules.orElse(null);
    if (profile.isPresent() || model.isPresent()) {
      spec.agent = new AgentSpec();
      spec.agent.profile = profile.orElse(null);
      spec.agent.model = model.orElse(null);
    }
    return spec;
  }

  private static ScmSpec scm(JsonNode p, String at, RepoSpec repo, ImportReport report) {
    JsonNode scm = p.get("scm");
    String plugin = SeedYaml.text(scm, "plugin").orElse("github");
    if (!plugin.equals("github")) {
      report.notCarried(at + ".scm", "SCM plugin " + plugin + " is not supported (GitHub and GitHub Enterprise are)");
      return null;
    }
    if (scm != null && scm.has("webhook")) {
      report.notCarried(at + ".scm.webhook", "the operator polls GitHub (one batched query per repository), no webhook needed");
    }
    ScmSpec spec = new ScmSpec();
    spec.type = ScmSpec.Type.GITHUB;
    Optional<String> repository = repo == null ? Optional.empty() : RepoUrls.githubRepository(repo.url);
    if (repository.isPresent()) {
      spec.github = new ScmSpec.GitHubScm();
      spec.github.repository = repository.get();
    }
    return spec;
  }

  private static String agentRules(JsonNode p, String at, Path configDir, ImportReport report) {
    Optional<String> inline = SeedYaml.text(p, "agentRules");
    Optional<String> file = SeedYaml.text(p, "agentRulesFile");
    if (file.isEmpty()) {
      return inline.orElse(null);
    }
    Path path = configDir.resolve(file.get());
    try {
      String content = Files.readString(path);
      report.changed(at + ".agentRulesFile", "the contents of " + file.get() + " were copied into spec.agentRules;"
          + " edit them in the Project from now on");
      return inline.map(i -> i.strip() + "\n\n" + content).orElse(content);
    } catch (IOException e) {
      report.notCarried(at + ".agentRulesFile", "cannot read " + path + "; paste the rules into spec.agentRules");
      return inline.orElse(null);
    }
  }
}
