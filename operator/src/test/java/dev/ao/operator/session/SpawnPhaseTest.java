package dev.ao.operator.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.SessionPhase;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pod situation the spawn phase distinguishes, as a table. */
class SpawnPhaseTest {
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("no pod yet", null, SessionPhase.Spawning, "PodMissing", null),
        Arguments.of("pod without status", pod(null, null, null), SessionPhase.Spawning, "PodPending", null),
        Arguments.of("init running", pod("Pending", running("workspace"), waiting("agent", "PodInitializing")), SessionPhase.Spawning, "PreparingWorkspace", null),
        Arguments.of("init failed", pod("Failed", terminated("workspace", 4, "bad token: authentication failed"), waiting("agent", "PodInitializing")),
            SessionPhase.Errored, "WorkspaceFailed", "bad token: authentication failed"),
        Arguments.of("image pull backoff", pod("Pending", terminated("workspace", 0, null), waiting("agent", "ImagePullBackOff")),
            SessionPhase.Errored, "ContainerWaiting", "ImagePullBackOff"),
        Arguments.of("missing secret key", pod("Pending", waiting("workspace", "CreateContainerConfigError"), waiting("agent", "PodInitializing")),
            SessionPhase.Errored, "ContainerWaiting", "CreateContainerConfigError"),
        Arguments.of("agent running", pod("Running", terminated("workspace", 0, null), running("agent")), SessionPhase.Working, "AgentStarted", null),
        Arguments.of("agent crashed", pod("Failed", terminated("workspace", 0, null), terminated("agent", 137, "OOMKilled")),
            SessionPhase.Errored, "AgentFailed", "exit code 137"),
        Arguments.of("agent exited cleanly", pod("Succeeded", terminated("workspace", 0, null), terminated("agent", 0, null)),
            SessionPhase.Killed, "AgentExited", "code 0"),
        Arguments.of("evicted", pod("Failed", terminated("workspace", 0, null), null), SessionPhase.Errored, "AgentFailed", null));
  }

  @org.junit.jupiter.api.Test
  void should_name_the_claim_and_its_storage_class_when_the_workspace_cannot_bind() {
    Pod pending = unschedulable("0/1 nodes are available: 1 pod has unbound immediate PersistentVolumeClaims.");
    var claim = new io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder().withNewMetadata().withName("s1-workspace").endMetadata()
        .withNewSpec().withStorageClassName("fast-ssd").endSpec().withNewStatus().withPhase("Pending").endStatus().build();
    SpawnPhase.Outcome outcome = SpawnPhase.decide(PodObservation.of(pending, claim));
    assertThat(outcome.phase()).isEqualTo(SessionPhase.Spawning);
    assertThat(outcome.reason()).isEqualTo("WorkspaceUnbound");
    assertThat(outcome.message()).contains("s1-workspace", "\"fast-ssd\"", "spec.workspace.storageClassName");
  }

  @org.junit.jupiter.api.Test
  void should_pass_the_schedulers_reason_on_when_the_claim_is_bound() {
    Pod pending = unschedulable("0/1 nodes are available: 1 Insufficient memory.");
    var claim = new io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder().withNewMetadata().withName("s1-workspace").endMetadata()
        .withNewStatus().withPhase("Bound").endStatus().build();
    SpawnPhase.Outcome outcome = SpawnPhase.decide(PodObservation.of(pending, claim));
    assertThat(outcome.phase()).isEqualTo(SessionPhase.Spawning);
    assertThat(outcome.reason()).isEqualTo("Unschedulable");
    assertThat(outcome.message()).contains("Insufficient memory");
  }

  private static Pod unschedulable(String schedulerMessage) {
    return new PodBuilder().withNewMetadata().withName("p").endMetadata().withNewStatus().withPhase("Pending")
        .addNewCondition().withType("PodScheduled").withStatus("False").withReason("Unschedulable").withMessage(schedulerMessage).endCondition()
        .endStatus().build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void should_decide_the_phase_from_the_pod(String name, Pod pod, SessionPhase phase, String reason, String messageFragment) {
    SpawnPhase.Outcome outcome = SpawnPhase.decide(PodObservation.of(pod));
    assertThat(outcome.phase()).isEqualTo(phase);
    assertThat(outcome.reason()).isEqualTo(reason);
    if (messageFragment != null) {
      assertThat(outcome.message()).contains(messageFragment);
    }
  }

  private static Pod pod(String phase, ContainerStatus init, ContainerStatus agent) {
    PodBuilder b = new PodBuilder().withNewMetadata().withName("p").endMetadata();
    if (phase == null) {
      return b.build();
    }
    return b.withNewStatus()
        .withPhase(phase)
        .withInitContainerStatuses(init == null ? List.of() : List.of(init))
        .withContainerStatuses(agent == null ? List.of() : List.of(agent))
        .endStatus()
        .build();
  }

  private static ContainerStatus running(String name) {
    return new ContainerStatusBuilder().withName(name).withState(new ContainerStateBuilder().withNewRunning().endRunning().build()).build();
  }

  private static ContainerStatus waiting(String name, String reason) {
    return new ContainerStatusBuilder().withName(name)
        .withState(new ContainerStateBuilder().withNewWaiting().withReason(reason).endWaiting().build()).build();
  }

  private static ContainerStatus terminated(String name, int code, String message) {
    return new ContainerStatusBuilder().withName(name)
        .withState(new ContainerStateBuilder().withNewTerminated().withExitCode(code).withMessage(message)
            .withReason(code == 0 ? "Completed" : "Error").endTerminated().build())
        .build();
  }
}
