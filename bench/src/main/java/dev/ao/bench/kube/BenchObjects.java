package dev.ao.bench.kube;

import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.api.v1alpha1.project.WorkspaceSpec;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionSpec;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The namespace, Secrets, Projects and Sessions the benchmark applies, as a user would write them. */
public final class BenchObjects {
  /** On every namespace the benchmark makes, so leftovers of an interrupted run can be found. */
  public static final String RUN_LABEL = "agent-orchestrator.io/bench";
  static final String TOKEN_SECRET = "github-token";
  static final String AGENT_SECRET = "agent-keys";

  private BenchObjects() {}

  /** A namespace name no earlier run used: {@code ao-bench-} and 6 random letters and digits. */
  public static String freshNamespace(java.util.random.RandomGenerator random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder name = new StringBuilder("ao-bench-");
    for (int i = 0; i < 6; i++) {
      name.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return name.toString();
  }

  /** The namespace and the Secrets every Project references. */
  public static void namespace(KubernetesClient client, String namespace, String githubToken) {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).addToLabels(RUN_LABEL, "true").endMetadata()
        .build()).create();
    client.resource(secret(namespace, TOKEN_SECRET, "token", githubToken)).create();
    client.resource(secret(namespace, AGENT_SECRET, "anthropic", "bench-not-a-key")).create();
  }

  /**
   * One Project per repository. Reactions that would talk to the agent notify instead: the benchmark runs no agents
   * (no runner answers), and a send-to-agent reaction would only retry and escalate, which is not what is measured.
   */
  public static Project project(String namespace, String name, String cloneUrl, String apiUrl, Duration pollInterval) {
    Project p = new Project();
    p.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    ProjectSpec spec = new ProjectSpec();
    spec.repo = new RepoSpec();
    spec.repo.url = cloneUrl;
    spec.repo.defaultBranch = "main";
    spec.repo.tokenSecret = new SecretKeyRef(TOKEN_SECRET, "token");
    spec.agent = new AgentSpec();
    spec.agent.env = List.of(EnvVarSpec.fromSecret("ANTHROPIC_API_KEY", AGENT_SECRET, "anthropic"));
    spec.workspace = new WorkspaceSpec();
    spec.workspace.size = "1Gi";
    spec.scm = new ScmSpec();
    spec.scm.github = new ScmSpec.GitHubScm();
    spec.scm.github.apiUrl = apiUrl;
    spec.scm.pollInterval = pollInterval.toSeconds() + "s";
    spec.reactions = Map.of(
        ReactionKeys.CI_FAILED, notifyPerson(),
        ReactionKeys.CHANGES_REQUESTED, notifyPerson(),
        ReactionKeys.BUGBOT_COMMENTS, notifyPerson(),
        ReactionKeys.MERGE_CONFLICTS, notifyPerson());
    p.setSpec(spec);
    return p;
  }

  /** A worker Session with a prompt and an explicit branch, so the benchmark knows the branch before the operator does. */
  public static Session session(String namespace, String name, String project, String branch) {
    Session s = new Session();
    s.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    s.setSpec(new SessionSpec());
    s.getSpec().project = project;
    s.getSpec().prompt = "Benchmark task for " + name;
    s.getSpec().branch = branch;
    return s;
  }

  private static ReactionSpec notifyPerson() {
    ReactionSpec r = new ReactionSpec();
    r.action = ReactionSpec.Action.NOTIFY;
    return r;
  }

  private static Secret secret(String namespace, String name, String key, String value) {
    return new SecretBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
        .addToData(key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))).build();
  }
}
