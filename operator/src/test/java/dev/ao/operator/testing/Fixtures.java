package dev.ao.operator.testing;

import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.LimitsSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.api.v1alpha1.project.WorkspaceSpec;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionSpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.List;

/** Representative Projects, Sessions and Secrets for tests. */
public final class Fixtures {
  public static final String NS = "team-a";

  private Fixtures() {}

  public static Project project(String name) {
    Project p = new Project();
    p.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
    ProjectSpec spec = new ProjectSpec();
    spec.repo = new RepoSpec();
    spec.repo.url = "https://github.com/acme/" + name + ".git";
    spec.repo.defaultBranch = "main";
    spec.repo.tokenSecret = new SecretKeyRef("github-token", "token");
    spec.agent = new AgentSpec();
    spec.agent.env = List.of(EnvVarSpec.fromSecret("ANTHROPIC_API_KEY", "agent-keys", "anthropic"));
    spec.workspace = new WorkspaceSpec();
    spec.workspace.size = "10Gi";
    spec.workspace.storageClassName = "fast-ssd";
    spec.workspace.setupCommands = List.of("npm ci");
    // Tests never reach for the real GitHub: point the SCM at a closed local port unless a test sets a simulator.
    spec.scm = new ScmSpec();
    spec.scm.github = new ScmSpec.GitHubScm();
    spec.scm.github.apiUrl = "http://127.0.0.1:9/api/v3";
    p.setSpec(spec);
    return p;
  }

  public static Project limited(String name, int maxConcurrent) {
    Project p = project(name);
    p.getSpec().limits = new LimitsSpec();
    p.getSpec().limits.maxConcurrentSessions = maxConcurrent;
    return p;
  }

  public static Session issueSession(String name, String project, String issue) {
    Session s = new Session();
    s.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
    s.setSpec(new SessionSpec());
    s.getSpec().project = project;
    s.getSpec().issue = issue;
    return s;
  }

  public static Session promptSession(String name, String project, String prompt) {
    Session s = issueSession(name, project, null);
    s.getSpec().prompt = prompt;
    return s;
  }

  public static List<Secret> projectSecrets() {
    return List.of(secret("github-token", "token"), secret("agent-keys", "anthropic"));
  }

  public static Secret secret(String name, String key) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(NS)
        .endMetadata()
        .addToData(key, java.util.Base64.getEncoder().encodeToString("s3cr3t-value".getBytes()))
        .build();
  }
}
