package dev.ao.local.demo;

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
import dev.ao.local.LocalPaths;
import dev.ao.local.supervise.LocalUp;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.SimulatorOptions;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.ops.CiPolicy;
import dev.ao.sim.scripted.ScriptedReviewer;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ao local demo}: the whole loop with no accounts or keys. A GitHub simulator with real git,
 * the scripted demo agent, and the real operator, runner and local executor: three issues become
 * three Sessions that clone, push, open PRs, get told about a CI failure and review comments, fix
 * them, get approved, are auto-merged and cleaned up.
 */
public final class LocalDemo {
  static final String OWNER = "acme";
  static final String REPO = "webapp";
  static final List<String> ISSUES = List.of("Fix the login redirect loop", "Add a dark mode toggle", "Speed up the search page");

  /** What a run produced, for the caller and for tests. */
  public record Result(boolean allDone, Map<String, List<String>> phases, Map<String, Boolean> merged) {}

  /** Called on every tick with the Sessions and the running local mode (tests restart the operator from here). */
  public interface Observer {
    void tick(List<Session> sessions, LocalUp local) throws Exception;
  }

  public static Result run(LocalUp.Options options, Duration timeout, PrintStream out) throws Exception {
    return run(options, timeout, out, (sessions, local) -> {});
  }

  public static Result run(LocalUp.Options options, Duration timeout, PrintStream out, Observer observer) throws Exception {
    out.println("=== agent-orchestrator local demo — a SIMULATION: local GitHub simulator, scripted demo agent, no accounts or keys ===");
    try (GitHubSimulator github = GitHubSimulator.start(SimulatorOptions.defaults().withDataDir(options.paths().root().resolve("github")))) {
      SimulatorControl sim = github.control();
      sim.addToken("demo-token", "demo-agent");
      sim.createRepo(dev.ao.sim.model.RepoSpec.of(OWNER, REPO).withProtection(new BranchProtection(List.of("build"), 1, false)));
      sim.setCiPolicy(OWNER, REPO, CiPolicy.sequence("build", List.of(CheckConclusion.FAILURE, CheckConclusion.SUCCESS)));
      out.println("GitHub simulator: " + github.apiUrl() + "   repository " + github.cloneUrl(OWNER, REPO));
      try (LocalUp local = LocalUp.start(options)) {
        KubernetesClient client = local.api().client();
        java.nio.file.Files.createDirectories(agentLogs(options));
        createProject(client, github, options);
        for (int i = 0; i < ISSUES.size(); i++) {
          int issue = sim.createIssue(OWNER, REPO, ISSUES.get(i), "Demo issue " + (i + 1) + ".", List.of("demo"), "demo-agent");
          client.resource(session("webapp-" + (i + 1), Integer.toString(issue))).create();
        }
        out.println("created Project webapp and Sessions webapp-1..3; watch them with: KUBECONFIG=" + options.paths().kubeconfig()
            + " kubectl get sessions -w");
        return drive(local, sim, timeout, new DemoNarrator(out), observer);
      }
    }
  }

  private static Result drive(LocalUp local, SimulatorControl sim, Duration timeout, DemoNarrator narrator, Observer observer) throws Exception {
    KubernetesClient client = local.api().client();
    ScriptedReviewer reviewer = new ScriptedReviewer(sim, OWNER, REPO);
    Map<String, Boolean> merged = new HashMap<>();
    Instant deadline = Instant.now().plus(timeout);
    List<Session> sessions = List.of();
    while (Instant.now().isBefore(deadline)) {
      sessions = client.resources(Session.class).inNamespace("default").list().getItems();
      sessions.sort(java.util.Comparator.comparing(s -> s.getMetadata().getName()));
      narrator.observe(sessions);
      observer.tick(sessions, local);
      for (Session s : sessions) {
        if (s.getStatus() != null && s.getStatus().pr != null && s.getStatus().pr.number != null) {
          int number = s.getStatus().pr.number;
          String did = reviewer.review(number, "passing".equals(s.getStatus().pr.ci));
          if (did != null) {
            narrator.line("reviewer", did);
          }
          merged.put(s.getMetadata().getName(), sim.isMerged(OWNER, REPO, number));
        }
      }
      if (narrator.allDone(sessions)) {
        narrator.summary(sessions, merged);
        return new Result(true, narrator.paths(), merged);
      }
      Thread.sleep(300);
    }
    narrator.summary(sessions, merged);
    return new Result(false, narrator.paths(), merged);
  }

  /** Where the demo agents record what they received, one file per Session. */
  public static Path agentLogs(LocalUp.Options options) {
    return options.paths().root().resolve("demo-agents");
  }

  private static void createProject(KubernetesClient client, GitHubSimulator github, LocalUp.Options options) {
    client.resource(new SecretBuilder().withNewMetadata().withName("github-token").withNamespace("default").endMetadata()
        .addToStringData("token", "demo-token").build()).create();
    Project p = new Project();
    p.setMetadata(new ObjectMetaBuilder().withName("webapp").withNamespace("default").build());
    ProjectSpec spec = new ProjectSpec();
    spec.repo = new RepoSpec();
    spec.repo.url = github.cloneUrl(OWNER, REPO);
    spec.repo.tokenSecret = new SecretKeyRef("github-token", "token");
    spec.scm = new ScmSpec();
    spec.scm.github = new ScmSpec.GitHubScm();
    spec.scm.github.apiUrl = github.apiUrl();
    spec.scm.github.mergeMethod = ScmSpec.MergeMethod.MERGE;
    spec.scm.pollInterval = "1s";
    spec.tracker = new TrackerSpec();
    spec.tracker.type = TrackerSpec.Type.GITHUB;
    AgentProfile demo = new AgentProfile();
    demo.name = "demo";
    demo.image = "local";
    demo.command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m", "-XX:TieredStopAtLevel=1",
        "-cp", ownClasspath(), DemoAgent.class.getName());
    demo.promptDelivery = AgentProfile.PromptDelivery.POST_LAUNCH;
    demo.readyPattern = "> ";
    spec.agentProfiles = List.of(demo);
    spec.agent = new AgentSpec();
    spec.agent.profile = "demo";
    spec.agent.env = List.of(EnvVarSpec.literal("DEMO_GITHUB_API", github.apiUrl()), EnvVarSpec.literal("DEMO_REPOSITORY", OWNER + "/" + REPO),
        EnvVarSpec.literal("DEMO_AGENT_LOG_DIR", agentLogs(options).toString()));
    ReactionSpec autoMerge = new ReactionSpec();
    autoMerge.action = ReactionSpec.Action.AUTO_MERGE;
    spec.reactions = Map.of("approved-and-green", autoMerge);
    p.setSpec(spec);
    client.resource(p).create();
  }

  private static Session session(String name, String issue) {
    Session s = new Session();
    s.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("default").build());
    s.setSpec(new SessionSpec());
    s.getSpec().project = "webapp";
    s.getSpec().issue = issue;
    return s;
  }

  /** The demo agent runs from this very jar (or the test classpath). */
  static String ownClasspath() {
    try {
      Path self = Path.of(LocalDemo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return self.toString().endsWith(".jar") ? self.toString() : System.getProperty("java.class.path");
    } catch (java.net.URISyntaxException e) {
      return System.getProperty("java.class.path");
    }
  }

  /** A free port on 127.0.0.1 for the demo's API server. */
  public static int freshPort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** A fresh data directory for one demo run. */
  public static LocalPaths freshPaths() throws java.io.IOException {
    return new LocalPaths(java.nio.file.Files.createTempDirectory("ao-demo"));
  }
}
