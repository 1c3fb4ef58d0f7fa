package dev.ao.cli.init;

import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.api.v1alpha1.project.TrackerSpec;
import dev.ao.cli.kube.ObjectNames;
import dev.ao.cli.manifest.SecretPlan;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the Project `ao init` writes, and the Secrets it refers to (by name and key only). Pure. */
public final class ProjectDraft {
  private ProjectDraft() {}

  public record Result(Project project, List<SecretPlan> secrets) {}

  public static Result build(InitAnswers a, String namespace) {
    String tokenSecret = a.name() + "-github-token";
    String keysSecret = a.name() + "-agent-keys";
    ProjectSpec spec = new ProjectSpec();
    spec.repo = new RepoSpec();
    spec.repo.url = a.repoUrl();
    spec.repo.defaultBranch = a.defaultBranch();
    spec.repo.tokenSecret = new SecretKeyRef(tokenSecret, "token");
    spec.sessionPrefix = ObjectNames.sessionPrefix(a.name());
    spec.agent = new AgentSpec();
    spec.agent.profile = a.agent();
    spec.agent.env = new ArrayList<>();
    Map<String, String> agentKeys = new LinkedHashMap<>();
    for (Credentials.AgentKey key : Credentials.keysFor(a.agent(), a.agentKeys())) {
      spec.agent.env.add(EnvVarSpec.fromSecret(key.envVar(), keysSecret, key.secretKey()));
      agentKeys.put(key.secretKey(), key.envVar());
    }
    Optional<String> github = RepoUrls.githubRepository(a.repoUrl());
    spec.tracker = new TrackerSpec();
    spec.tracker.type = TrackerSpec.Type.GITHUB;
    spec.scm = new ScmSpec();
    spec.scm.type = ScmSpec.Type.GITHUB;
    if (github.isPresent()) {
      spec.tracker.github = new TrackerSpec.GitHubTracker();
      spec.tracker.github.repository = github.get();
      spec.scm.github = new ScmSpec.GitHubScm();
      spec.scm.github.repository = github.get();
    }
    Project project = new Project();
    project.setMetadata(new ObjectMetaBuilder().withName(a.name()).withNamespace(namespace).build());
    project.setSpec(spec);
    List<SecretPlan> secrets = List.of(
        new SecretPlan(tokenSecret, "GitHub token to clone, push and read PRs",
            Map.of("token", a.githubTokenEnv() == null ? "GITHUB_TOKEN" : a.githubTokenEnv())),
        new SecretPlan(keysSecret, "the agent's API keys", agentKeys));
    return new Result(project, secrets);
  }
}
