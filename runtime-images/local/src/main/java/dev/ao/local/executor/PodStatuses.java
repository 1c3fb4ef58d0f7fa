package dev.ao.local.executor;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import java.time.Instant;
import java.util.List;

/** Pure: the Pod status a kubelet would report at each step of running a pod locally. */
public final class PodStatuses {
  private PodStatuses() {}

  public static PodStatus initializing(String podIp, String init, Instant started) {
    return new PodStatusBuilder().withPhase("Pending").withPodIP(podIp).withHostIP("127.0.0.1").withStartTime(started.toString())
        .withInitContainerStatuses(running(init, started)).withContainerStatuses(waiting("agent", "PodInitializing")).build();
  }

  public static PodStatus initFailed(String podIp, String init, int exitCode, String message, Instant at) {
    return new PodStatusBuilder().withPhase("Failed").withPodIP(podIp).withHostIP("127.0.0.1")
        .withInitContainerStatuses(terminated(init, exitCode, message, at)).withContainerStatuses(waiting("agent", "PodInitializing")).build();
  }

  public static PodStatus running(String podIp, List<String> inits, String main, Instant at) {
    return new PodStatusBuilder().withPhase("Running").withPodIP(podIp).withHostIP("127.0.0.1")
        .withInitContainerStatuses(inits.stream().map(i -> terminated(i, 0, null, at)).toList())
        .withContainerStatuses(new ContainerStatusBuilder(running(main, at)).withReady(true).build()).build();
  }

  public static PodStatus finished(String podIp, List<String> inits, String main, int exitCode, String message, Instant at) {
    return new PodStatusBuilder().withPhase(exitCode == 0 ? "Succeeded" : "Failed").withPodIP(podIp).withHostIP("127.0.0.1")
        .withInitContainerStatuses(inits.stream().map(i -> terminated(i, 0, null, at)).toList())
        .withContainerStatuses(terminated(main, exitCode, message, at)).build();
  }

  private static ContainerStatus running(String name, Instant at) {
    return new ContainerStatusBuilder().withName(name).withReady(false).withRestartCount(0)
        .withState(new ContainerStateBuilder().withNewRunning().withStartedAt(at.toString()).endRunning().build()).build();
  }

  private static ContainerStatus waiting(String name, String reason) {
    return new ContainerStatusBuilder().withName(name).withReady(false).withRestartCount(0)
        .withState(new ContainerStateBuilder().withNewWaiting().withReason(reason).endWaiting().build()).build();
  }

  private static ContainerStatus terminated(String name, int code, String message, Instant at) {
    return new ContainerStatusBuilder().withName(name).withReady(false).withRestartCount(0)
        .withState(new ContainerStateBuilder().withNewTerminated().withExitCode(code).withReason(code == 0 ? "Completed" : "Error")
            .withMessage(message).withFinishedAt(at.toString()).endTerminated().build()).build();
  }
}
