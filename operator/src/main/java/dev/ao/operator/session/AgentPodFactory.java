package dev.ao.operator.session;

import dev.ao.operator.Names;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Desired agent Pod: an init container that prepares the workspace and an {@code agent} container
 * that runs the agent under the in-pod runner, both as uid 10001 under the restricted Pod Security
 * profile. Secrets reach the pod only by reference (volumes and secretKeyRef env).
 */
public final class AgentPodFactory {
  public static final String INIT_CONTAINER = "workspace";
  public static final String AGENT_CONTAINER = "agent";
  public static final long AGENT_UID = 10001L;
  static final String VOLUME_WORKSPACE = "workspace";
  static final String VOLUME_RUNNER = "runner";
  static final String VOLUME_GIT_TOKEN = "git-token";
  static final String VOLUME_TMP = "tmp";
  /**
   * The images' init process. A pod's command replaces the image's entrypoint, so it is named here:
   * without it the runner's JVM is PID 1, which reaps no orphans and which no signal from inside the
   * container can kill.
   */
  static final List<String> INIT = List.of("/usr/bin/tini", "--");

  private AgentPodFactory() {}

  public static Pod desired(SessionPlan plan) {
    return new PodBuilder()
        .withMetadata(OwnedObjects.metadata(plan.session(), Names.agentPod(plan.session()), Names.COMPONENT_AGENT))
        .withNewSpec()
        .withRestartPolicy("Never")
        .withServiceAccountName(orchestrator(plan) ? OrchestratorAccessFactory.accountName(plan) : null)
        .withAutomountServiceAccountToken(orchestrator(plan))
        .withEnableServiceLinks(false)
        .withTerminationGracePeriodSeconds(30L)
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withRunAsUser(AGENT_UID)
        .withRunAsGroup(AGENT_UID)
        .withFsGroup(AGENT_UID)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .withInitContainers(initContainer(plan))
        .withContainers(agentContainer(plan))
        .withVolumes(volumes(plan))
        .endSpec()
        .build();
  }

  /** Only an orchestrator Session talks to the Kubernetes API (to manage worker Sessions). */
  static boolean orchestrator(SessionPlan plan) {
    return plan.session().getSpec().role == dev.ao.api.v1alpha1.session.SessionRole.ORCHESTRATOR;
  }

  private static Container initContainer(SessionPlan plan) {
    List<VolumeMount> mounts = new ArrayList<>(workspaceMounts());
    if (plan.gitTokenSecret() != null) {
      mounts.add(mount(VOLUME_GIT_TOKEN, RunnerEnv.GIT_TOKEN_DIR, true));
    }
    return new ContainerBuilder()
        .withName(INIT_CONTAINER)
        .withImage(plan.agent().image())
        .withCommand(command("ao-runner", "workspace"))
        .withEnv(RunnerEnv.workspace(plan))
        .withVolumeMounts(mounts)
        .withTerminationMessagePolicy("FallbackToLogsOnError")
        .withSecurityContext(restricted())
        .build();
  }

  private static Container agentContainer(SessionPlan plan) {
    List<VolumeMount> mounts = new ArrayList<>(workspaceMounts());
    mounts.add(mount(VOLUME_RUNNER, RunnerEnv.RUNNER_DIR, true));
    if (plan.gitTokenSecret() != null) {
      mounts.add(mount(VOLUME_GIT_TOKEN, RunnerEnv.GIT_TOKEN_DIR, true));
    }
    return new ContainerBuilder()
        .withName(AGENT_CONTAINER)
        .withImage(plan.agent().image())
        .withCommand(command("ao-runner", "run"))
        .withEnv(RunnerEnv.agent(plan))
        .addNewPort()
        .withName("runner")
        .withContainerPort(plan.runnerPort())
        .withProtocol("TCP")
        .endPort()
        .withNewReadinessProbe()
        .withNewTcpSocket()
        .withNewPort(plan.runnerPort())
        .endTcpSocket()
        .withPeriodSeconds(5)
        .endReadinessProbe()
        .withResources(plan.agent().resources())
        .withVolumeMounts(mounts)
        .withTerminationMessagePolicy("FallbackToLogsOnError")
        .withStdin(false)
        .withTty(false)
        .withSecurityContext(restricted())
        .build();
  }

  private static List<String> command(String... argv) {
    List<String> command = new ArrayList<>(INIT);
    command.addAll(List.of(argv));
    return command;
  }

  /**
   * The repo checkout and the agent's HOME share the PVC, so a restored pod keeps both; /tmp (the
   * runner's state, the tmux socket, the agent CLIs' scratch files) is the only other writable path,
   * so the root filesystem is read-only.
   */
  private static List<VolumeMount> workspaceMounts() {
    return List.of(
        new VolumeMountBuilder().withName(VOLUME_WORKSPACE).withMountPath(RunnerEnv.WORKSPACE_DIR).withSubPath("repo").build(),
        new VolumeMountBuilder().withName(VOLUME_WORKSPACE).withMountPath(RunnerEnv.HOME_DIR).withSubPath("home").build(),
        new VolumeMountBuilder().withName(VOLUME_TMP).withMountPath("/tmp").build());
  }

  private static List<Volume> volumes(SessionPlan plan) {
    List<Volume> volumes = new ArrayList<>();
    volumes.add(new VolumeBuilder().withName(VOLUME_TMP).withNewEmptyDir().endEmptyDir().build());
    volumes.add(
        new VolumeBuilder()
            .withName(VOLUME_WORKSPACE)
            .withNewPersistentVolumeClaim()
            .withClaimName(Names.workspacePvc(plan.session()))
            .endPersistentVolumeClaim()
            .build());
    volumes.add(
        new VolumeBuilder()
            .withName(VOLUME_RUNNER)
            .withNewSecret()
            .withSecretName(Names.runnerSecret(plan.session()))
            .withDefaultMode(0440)
            .endSecret()
            .build());
    if (plan.gitTokenSecret() != null) {
      volumes.add(
          new VolumeBuilder()
              .withName(VOLUME_GIT_TOKEN)
              .withNewSecret()
              .withSecretName(plan.gitTokenSecret().name)
              .withDefaultMode(0440)
              .addNewItem()
              .withKey(plan.gitTokenSecret().keyOrDefault())
              .withPath("token")
              .endItem()
              .endSecret()
              .build());
    }
    return volumes;
  }

  private static VolumeMount mount(String volume, String path, boolean readOnly) {
    return new VolumeMountBuilder().withName(volume).withMountPath(path).withReadOnly(readOnly).build();
  }

  /** Restricted Pod Security Standard for a container. */
  static SecurityContext restricted() {
    Capabilities dropAll = new CapabilitiesBuilder().withDrop("ALL").build();
    return new SecurityContextBuilder()
        .withAllowPrivilegeEscalation(false)
        .withPrivileged(false)
        .withReadOnlyRootFilesystem(true)
        .withRunAsNonRoot(true)
        .withCapabilities(dropAll)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .build();
  }
}
