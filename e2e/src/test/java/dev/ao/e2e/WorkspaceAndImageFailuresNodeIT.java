package dev.ao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What users get wrong on a real cluster shows in the Session's status with the fix, and breaks
 * nothing else: an agent image the node cannot pull, a workspace volume that cannot bind (no such
 * storage class), a repository the init container cannot clone. A healthy Session beside them runs.
 */
@Order(40)
class WorkspaceAndImageFailuresNodeIT {
  private static RealNode node;
  private static Team team;

  @BeforeAll
  static void setUp() {
    team = Team.open("team-failures");
    node = team.node;
    team.createProject();
    team.createProject("no-volume", spec -> {
      spec.workspace = new dev.ao.api.v1alpha1.project.WorkspaceSpec();
      spec.workspace.storageClassName = "no-such-class";
    });
    team.createProject("no-repo", spec -> spec.repo.url = team.github.cloneUrl(Team.OWNER, "does-not-exist"));
    team.createSession("bad-image", spec -> {
      spec.prompt = "Wait.";
      spec.agent = new dev.ao.api.v1alpha1.common.AgentSpec();
      spec.agent.image = Team.IMAGE_REGISTRY + "/agent-not-built:" + Team.IMAGE_TAG;
    });
    team.createSession("bad-volume", spec -> {
      spec.project = "no-volume";
      spec.prompt = "Wait.";
    });
    team.createSession("bad-repo", spec -> {
      spec.project = "no-repo";
      spec.prompt = "Wait.";
    });
    team.createSession("healthy", spec -> spec.prompt = "Wait.");
  }

  @AfterAll
  static void tearDown() {
    if (team != null) {
      team.close();
    }
  }

  @Test
  void anImageTheNodeCannotPullErrorsWithTheImageAndTheFix() {
    Session s = awaitMessage("bad-image", "agent-not-built");
    assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Errored);
    assertThat(s.getStatus().message).containsAnyOf("ErrImagePull", "ImagePullBackOff").contains("image");
  }

  @Test
  void aVolumeThatCannotBindSaysWhichClaimAndStorageClass() {
    Session s = awaitMessage("bad-volume", "no-such-class");
    assertThat(s.getStatus().phase).isIn(SessionPhase.Spawning, SessionPhase.Errored);
    assertThat(s.getStatus().message).contains(s.getStatus().workspace).contains("storageClassName");
  }

  @Test
  void aRepositoryTheInitContainerCannotCloneErrorsWithoutTheToken() {
    Session s = awaitMessage("bad-repo", "workspace preparation failed");
    assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Errored);
    assertThat(s.getStatus().message).contains("does-not-exist").doesNotContain(Team.TOKEN);
  }

  @Test
  void aHealthySessionBesideThemRuns() {
    Await.until(Duration.ofMinutes(3), "healthy to be Working", () -> phase("healthy") == SessionPhase.Working,
        () -> SessionLoopNodeIT.describe(team.sessions()));
  }

  private static Session awaitMessage(String name, String text) {
    Await.until(Duration.ofMinutes(3), name + "'s status message to mention " + text, () -> {
      Session s = team.session(name);
      return s != null && s.getStatus() != null && s.getStatus().message != null && s.getStatus().message.contains(text);
    }, () -> SessionLoopNodeIT.describe(List.of(team.session(name))));
    return team.session(name);
  }

  private static SessionPhase phase(String name) {
    Session s = team.session(name);
    return s == null || s.getStatus() == null ? null : s.getStatus().phase;
  }
}
