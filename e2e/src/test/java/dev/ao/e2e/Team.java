package dev.ao.e2e;

import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.AgentProfile;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.api.v1alpha1.project.TrackerSpec;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionSpec;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.SimulatorOptions;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.ops.CiPolicy;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One team's corner of the cluster: a namespace, a GitHub repository on the simulator (which listens
 * on the node's bridge address, so agent pods and the operator's pod reach it), the token Secret and a
 * Project whose agent is the scripted test agent image. Tests create Sessions against it.
 */
final class Team implements AutoCloseable {
  static final String OWNER = "acme";
  static final String REPO = "webapp";
  static final String TOKEN = "e2e-token";
  /** The images run-node-tier.sh builds and loads; names as the chart's defaults spell them. */
  static final String IMAGE_REGISTRY = "ghcr.io/agent-orchestrator";
  static final String IMAGE_TAG = "0.1.0";
  static final String SCRIPTED_IMAGE = IMAGE_REGISTRY + "/agent-scripted:" + IMAGE_TAG;

  final RealNode node;
  final String namespace;
  final GitHubSimulator github;
  final SimulatorControl sim;
  /** main's tip before any Session pushed: what every Session branch starts from. */
  String initialMain;

  private Team(RealNode node, String namespace, GitHubSimulator github) {
    this.node = node;
    this.namespace = namespace;
    this.github = github;
    this.sim = github.control();
  }

  /** The node with the operator release installed (once for all test classes), and a fresh team on it. */
  static Team open(String namespace) {
    RealNode node = RealNode.get();
    NodeFixture.operatorInstalled(node);
    return create(node, namespace);
  }

  /** A fresh namespace and repository; CI fails on a branch's first push and passes after. */
  static Team create(RealNode node, String namespace) {
    GitHubSimulator github = GitHubSimulator.start(new SimulatorOptions(node.gateway, 0, null, null));
    Team team = new Team(node, namespace, github);
    team.sim.addToken(TOKEN, "scripted-agent");
    team.sim.createRepo(dev.ao.sim.model.RepoSpec.of(OWNER, REPO).withProtection(new BranchProtection(List.of("build"), 1, false)));
    team.sim.setCiPolicy(OWNER, REPO, CiPolicy.sequence("build", List.of(CheckConclusion.FAILURE, CheckConclusion.SUCCESS)));
    team.initialMain = team.sim.branchTip(OWNER, REPO, "main");
    KubernetesClient k = node.admin;
    k.resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build()).createOr(r -> r.update());
    k.resource(new SecretBuilder().withNewMetadata().withName("github-token").withNamespace(namespace).endMetadata()
        .addToStringData("token", TOKEN).build()).createOr(r -> r.update());
    return team;
  }

  /** A Project: the scripted agent, 2 s polls, auto-merge when approved and green; then {@code customize}. */
  Project createProject(String name, Consumer<ProjectSpec> customize) {
    Project p = new Project();
    p.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    ProjectSpec spec = new ProjectSpec();
    spec.repo = new RepoSpec();
    spec.repo.url = github.cloneUrl(OWNER, REPO);
    spec.repo.tokenSecret = new SecretKeyRef("github-token", "token");
    spec.scm = new ScmSpec();
    spec.scm.github = new ScmSpec.GitHubScm();
    spec.scm.github.apiUrl = github.apiUrl();
    spec.scm.github.mergeMethod = ScmSpec.MergeMethod.MERGE;
    spec.scm.pollInterval = "2s";
    spec.tracker = new TrackerSpec();
    spec.tracker.type = TrackerSpec.Type.GITHUB;
    AgentProfile scripted = new AgentProfile();
    scripted.name = "scripted";
    scripted.image = SCRIPTED_IMAGE;
    scripted.command = List.of("scripted-agent");
    scripted.promptDelivery = AgentProfile.PromptDelivery.POST_LAUNCH;
    scripted.readyPattern = "> ";
    spec.agentProfiles = List.of(scripted);
    spec.agent = new AgentSpec();
    spec.agent.profile = "scripted";
    spec.agent.env = List.of(EnvVarSpec.literal("DEMO_GITHUB_API", github.apiUrl()),
        EnvVarSpec.literal("DEMO_REPOSITORY", OWNER + "/" + REPO));
    ReactionSpec autoMerge = new ReactionSpec();
    autoMerge.action = ReactionSpec.Action.AUTO_MERGE;
    spec.reactions = Map.of("approved-and-green", autoMerge);
    customize.accept(spec);
    p.setSpec(spec);
    return node.admin.resource(p).create();
  }

  /** The Project {@code webapp} with the defaults above. */
  Project createProject() {
    return createProject("webapp", spec -> {});
  }

  /** An issue on the simulator and a Session working on it. */
  Session startSession(String name, String issueTitle) {
    int issue = sim.createIssue(OWNER, REPO, issueTitle, "Filed by the real-node tests.", List.of("e2e"), "scripted-agent");
    return createSession(name, s -> s.issue = Integer.toString(issue));
  }

  /** A Session of Project {@code webapp} unless {@code customize} names another. */
  Session createSession(String name, Consumer<SessionSpec> customize) {
    Session s = new Session();
    s.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    s.setSpec(new SessionSpec());
    s.getSpec().project = "webapp";
    customize.accept(s.getSpec());
    return node.admin.resource(s).create();
  }

  Session session(String name) {
    return node.admin.resources(Session.class).inNamespace(namespace).withName(name).get();
  }

  List<Session> sessions() {
    return new ArrayList<>(node.admin.resources(Session.class).inNamespace(namespace).list().getItems());
  }

  /** Deletes the namespace (and with it everything the tests made there) and stops the simulator. */
  @Override
  public void close() {
    node.admin.resources(Session.class).inNamespace(namespace).delete();
    node.admin.resources(Project.class).inNamespace(namespace).delete();
    Await.until(Duration.ofSeconds(90), "the Sessions in " + namespace + " to be gone",
        () -> node.admin.resources(Session.class).inNamespace(namespace).list().getItems().isEmpty());
    node.admin.namespaces().withName(namespace).delete();
    github.close();
  }
}
