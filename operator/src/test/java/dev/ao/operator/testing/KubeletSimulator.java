package dev.ao.operator.testing;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

/** Plays the kubelet in API-server tests: writes Pod status the way a node would report it. */
public final class KubeletSimulator {
  private final KubernetesClient client;

  public KubeletSimulator(KubernetesClient client) {
    this.client = client;
  }

  /** Init container done, agent container running and ready. */
  public void running(String namespace, String pod) {
    running(namespace, pod, null);
  }

  /** Running, reachable at {@code podIp} (where the test started the pod's runner). */
  public void running(String namespace, String pod, String podIp) {
    write(namespace, pod, new PodStatusBuilder()
        .withPhase("Running")
        .withPodIP(podIp)
        .withInitContainerStatuses(terminated("workspace", 0, "Completed", null))
        .withContainerStatuses(new ContainerStatusBuilder().withName("agent").withReady(true)
            .withState(new ContainerStateBuilder().withNewRunning().withStartedAt("2026-11-24T10:00:00Z").endRunning().build()).build())
        .build());
  }

  /** The workspace init container failed with a termination message. */
  public void initFailed(String namespace, String pod, int exitCode, String message) {
    write(namespace, pod, new PodStatusBuilder()
        .withPhase("Failed")
        .withInitContainerStatuses(terminated("workspace", exitCode, "Error", message))
        .withContainerStatuses(new ContainerStatusBuilder().withName("agent").withReady(false)
            .withState(new ContainerStateBuilder().withNewWaiting().withReason("PodInitializing").endWaiting().build()).build())
        .build());
  }

  /** The agent container exited. */
  public void agentExited(String namespace, String pod, int exitCode, String message) {
    write(namespace, pod, new PodStatusBuilder()
        .withPhase(exitCode == 0 ? "Succeeded" : "Failed")
        .withInitContainerStatuses(terminated("workspace", 0, "Completed", null))
        .withContainerStatuses(terminated("agent", exitCode, exitCode == 0 ? "Completed" : "Error", message))
        .build());
  }

  private static List<ContainerStatus> terminated(String name, int code, String reason, String message) {
    return List.of(new ContainerStatusBuilder().withName(name).withReady(false)
        .withState(new ContainerStateBuilder().withNewTerminated().withExitCode(code).withReason(reason).withMessage(message).endTerminated().build())
        .build());
  }

  private void write(String namespace, String name, PodStatus status) {
    Pod pod = client.pods().inNamespace(namespace).withName(name).get();
    if (pod == null) {
      throw new IllegalStateException("no pod " + namespace + "/" + name);
    }
    pod.setStatus(status);
    client.pods().inNamespace(namespace).resource(pod).updateStatus();
  }
}
