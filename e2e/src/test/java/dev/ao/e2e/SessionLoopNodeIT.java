package dev.ao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.sim.scripted.ScriptedReviewer;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The product's main loop in containers on a real node: three issues become three Sessions whose
 * pods are scheduled and run, whose init containers clone over HTTP with the token from the Secret,
 * whose scripted agents commit, push and open PRs; CI fails and the operator tells the agent through
 * the runner at the pod IP; the agent pushes a fix; a reviewer asks for changes, the agent addresses
 * them, the reviewer approves, the operator merges, and the Session ends Done with its pod and volume
 * gone. Deleting the Sessions garbage-collects what they owned.
 */
@Order(20)
class SessionLoopNodeIT {
  private static final List<String> ISSUES = List.of("Fix the login redirect loop", "Add a dark mode toggle", "Speed up the search page");
  private static RealNode node;
  private static Team team;

  @BeforeAll
  static void setUp() {
    team = Team.open("team-loop");
    node = team.node;
    team.createProject();
  }

  @AfterAll
  static void tearDown() {
    if (team != null) {
      team.close();
    }
  }

  @Test
  void threeIssuesBecomeMergedPullRequestsAndEverythingIsCleanedUp() throws Exception {
    for (int i = 0; i < ISSUES.size(); i++) {
      team.startSession("webapp-" + (i + 1), ISSUES.get(i));
    }
    ScriptedReviewer reviewer = new ScriptedReviewer(team.sim, Team.OWNER, Team.REPO);
    Map<String, Set<SessionPhase>> phases = new LinkedHashMap<>();
    Map<String, String> podNames = new LinkedHashMap<>();
    Map<String, String> claimNames = new LinkedHashMap<>();
    Map<String, Integer> prNumbers = new LinkedHashMap<>();
    Await.until(Duration.ofMinutes(8), "all three Sessions to be Done", () -> {
      List<Session> sessions = team.sessions();
      for (Session s : sessions) {
        String name = s.getMetadata().getName();
        if (s.getStatus() == null) {
          continue;
        }
        if (s.getStatus().phase != null) {
          phases.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(s.getStatus().phase);
        }
        if (s.getStatus().pod != null) {
          podNames.put(name, s.getStatus().pod);
        }
        if (s.getStatus().workspace != null) {
          claimNames.put(name, s.getStatus().workspace);
        }
        if (s.getStatus().pr != null && s.getStatus().pr.number != null) {
          prNumbers.put(name, s.getStatus().pr.number);
          reviewer.review(s.getStatus().pr.number, "passing".equals(s.getStatus().pr.ci));
        }
      }
      sessions.stream().filter(s -> s.getStatus() != null && s.getStatus().phase == SessionPhase.Errored).findFirst().ifPresent(s -> {
        throw new AssertionError("Session " + s.getMetadata().getName() + " is Errored: " + s.getStatus().message);
      });
      return sessions.size() == 3 && sessions.stream().allMatch(s -> s.getStatus() != null && s.getStatus().phase == SessionPhase.Done);
    }, () -> describe(team.sessions()));

    for (int i = 1; i <= 3; i++) {
      String name = "webapp-" + i;
      assertThat(phases.get(name)).as("phases %s went through", name)
          .contains(SessionPhase.Spawning, SessionPhase.Working, SessionPhase.CIFailed, SessionPhase.ChangesRequested, SessionPhase.Done);
      int pr = prNumbers.get(name);
      assertThat(team.sim.isMerged(Team.OWNER, Team.REPO, pr)).as("PR #%d of %s merged on GitHub", pr, name).isTrue();
      // Exactly once: the agent commits once per message it receives, so the PR's commits count the deliveries.
      String branch = team.session(name).getStatus().branch;
      assertThat(commitSubjects(team.sim.headSha(Team.OWNER, Team.REPO, pr))).as("commits the agent of %s pushed", name)
          .containsExactly("address review comments", "make the build pass", "Implement " + branch);
      // Done cleans up: pod and workspace volume deleted, for real (the kubelet stopped the containers).
      String pod = podNames.get(name);
      String claim = claimNames.get(name);
      Await.until(Duration.ofSeconds(60), "pod " + pod + " and claim " + claim + " to be gone",
          () -> node.admin.pods().inNamespace(team.namespace).withName(pod).get() == null
              && node.admin.persistentVolumeClaims().inNamespace(team.namespace).withName(claim).get() == null);
    }

    // The runner-token Secret is owned by its Session: deleting the Sessions lets the garbage collector take it.
    List<String> ownedSecrets = new ArrayList<>();
    node.admin.secrets().inNamespace(team.namespace).list().getItems().forEach(secret -> {
      List<OwnerReference> owners = secret.getMetadata().getOwnerReferences();
      if (owners != null && owners.stream().anyMatch(o -> "Session".equals(o.getKind()))) {
        ownedSecrets.add(secret.getMetadata().getName());
      }
    });
    assertThat(ownedSecrets).as("Secrets owned by Sessions").hasSize(3);
    team.sessions().forEach(s -> node.admin.resource(s).delete());
    Await.until(Duration.ofSeconds(90), "the garbage collector to delete the Sessions' Secrets",
        () -> ownedSecrets.stream().allMatch(n -> node.admin.secrets().inNamespace(team.namespace).withName(n).get() == null));
  }

  /** The subjects of the commits up to {@code head} since main's first tip, newest first (git over HTTP). */
  private static List<String> commitSubjects(String head) throws IOException, InterruptedException {
    Path clone = Files.createTempDirectory("ao-e2e-clone");
    String url = team.github.cloneUrl(Team.OWNER, Team.REPO).replace("://", "://x-access-token:" + Team.TOKEN + "@");
    Processes.run(Duration.ofSeconds(60), "git", "clone", "-q", "--no-checkout", url, clone.toString());
    String log = Processes.run(Duration.ofSeconds(30), "git", "-C", clone.toString(), "log", "--format=%s", team.initialMain + ".." + head);
    return log.isBlank() ? List.of() : List.of(log.strip().split("\n"));
  }

  static String describe(List<Session> sessions) {
    StringBuilder b = new StringBuilder();
    for (Session s : sessions) {
      b.append(s.getMetadata().getName()).append('=');
      if (s.getStatus() == null) {
        b.append("(no status) ");
        continue;
      }
      b.append(s.getStatus().phase).append(" \"").append(s.getStatus().message).append("\" ");
    }
    return b.append("at ").append(Instant.now()).toString();
  }

  static boolean running(Pod pod) {
    return pod != null && pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase());
  }
}
