package dev.ao.operator.session;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.List;
import java.util.Set;

/** What the agent Pod's status says, reduced to what the Session's phase depends on. Pure. */
public record PodObservation(State state, String reason, String message, Integer exitCode, boolean workspacePrepared) {

  /** Pod lifecycle as the Session sees it. */
  public enum State {
    MISSING,
    PENDING,
    /** The scheduler cannot place the pod (no capacity, or its workspace claim cannot bind). */
    UNSCHEDULABLE,
    PREPARING_WORKSPACE,
    CONTAINER_ERROR,
    WORKSPACE_FAILED,
    RUNNING,
    AGENT_FAILED,
    AGENT_EXITED
  }

  /** Waiting reasons that will not fix themselves without a person (bad image, missing Secret key). */
  static final Set<String> STUCK_WAITING_REASONS =
      Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName", "CreateContainerConfigError", "CreateContainerError");

  public static PodObservation of(Pod pod) {
    return of(pod, null);
  }

  /**
   * The pod, and its workspace claim for the one case the pod alone cannot explain: a pod the
   * scheduler leaves Pending because the claim is not bound says so only in general terms.
   */
  public static PodObservation of(Pod pod, PersistentVolumeClaim workspace) {
    PodObservation unschedulable = unschedulable(pod, workspace);
    if (unschedulable != null) {
      return unschedulable;
    }
    if (pod == null) {
      return new PodObservation(State.MISSING, null, null, null, false);
    }
    if (pod.getStatus() == null) {
      return new PodObservation(State.PENDING, null, null, null, false);
    }
    ContainerStatus init = first(pod.getStatus().getInitContainerStatuses(), AgentPodFactory.INIT_CONTAINER);
    ContainerStatus agent = first(pod.getStatus().getContainerStatuses(), AgentPodFactory.AGENT_CONTAINER);
    PodObservation initResult = fromInit(init);
    if (initResult != null) {
      return initResult;
    }
    boolean initDone = init == null || (init.getState() != null && init.getState().getTerminated() != null);
    if (agent != null && agent.getState() != null) {
      ContainerState st = agent.getState();
      if (st.getTerminated() != null) {
        int code = st.getTerminated().getExitCode() == null ? -1 : st.getTerminated().getExitCode();
        String msg = text(st.getTerminated().getMessage(), st.getTerminated().getReason());
        return new PodObservation(code == 0 ? State.AGENT_EXITED : State.AGENT_FAILED, st.getTerminated().getReason(), msg, code, true);
      }
      if (st.getRunning() != null) {
        return new PodObservation(State.RUNNING, null, null, null, true);
      }
      if (st.getWaiting() != null && STUCK_WAITING_REASONS.contains(st.getWaiting().getReason())) {
        return new PodObservation(State.CONTAINER_ERROR, st.getWaiting().getReason(), st.getWaiting().getMessage(), null, initDone);
      }
    }
    if ("Failed".equals(pod.getStatus().getPhase())) {
      return new PodObservation(
          State.AGENT_FAILED, pod.getStatus().getReason(), text(pod.getStatus().getMessage(), pod.getStatus().getReason()), null, initDone);
    }
    if ("Succeeded".equals(pod.getStatus().getPhase())) {
      return new PodObservation(State.AGENT_EXITED, null, null, 0, true);
    }
    if (init == null) {
      return new PodObservation(State.PENDING, null, null, null, false);
    }
    return initDone
        ? new PodObservation(State.PENDING, null, null, null, true)
        : new PodObservation(State.PREPARING_WORKSPACE, null, null, null, false);
  }

  private static PodObservation unschedulable(Pod pod, PersistentVolumeClaim workspace) {
    if (pod == null || pod.getStatus() == null || !"Pending".equals(pod.getStatus().getPhase()) || pod.getStatus().getConditions() == null) {
      return null;
    }
    PodCondition scheduled = pod.getStatus().getConditions().stream()
        .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus()) && "Unschedulable".equals(c.getReason()))
        .findFirst().orElse(null);
    if (scheduled == null) {
      return null;
    }
    boolean claimUnbound = workspace != null && (workspace.getStatus() == null || !"Bound".equals(workspace.getStatus().getPhase()));
    String message = claimUnbound ? unboundClaim(workspace) : "the scheduler cannot place the agent pod: " + text(scheduled.getMessage(), "no reason given");
    return new PodObservation(State.UNSCHEDULABLE, claimUnbound ? SessionConditions.WORKSPACE_UNBOUND : SessionConditions.UNSCHEDULABLE, message, null, false);
  }

  private static String unboundClaim(PersistentVolumeClaim claim) {
    String name = claim.getMetadata() == null ? "" : claim.getMetadata().getName();
    String storageClass = claim.getSpec() == null ? null : claim.getSpec().getStorageClassName();
    if (storageClass == null || storageClass.isBlank()) {
      return "workspace volume claim " + name + " is not bound: it names no storage class and the cluster has no default one;"
          + " set spec.workspace.storageClassName on the Project to a class from `kubectl get storageclass`";
    }
    return "workspace volume claim " + name + " is not bound: storage class \"" + storageClass + "\" does not exist or cannot"
        + " provision it; check `kubectl get storageclass` and `kubectl describe pvc " + name + "`, and set"
        + " spec.workspace.storageClassName on the Project to a class that works";
  }

  private static PodObservation fromInit(ContainerStatus init) {
    if (init == null || init.getState() == null) {
      return null;
    }
    ContainerState st = init.getState();
    if (st.getTerminated() != null && st.getTerminated().getExitCode() != null && st.getTerminated().getExitCode() != 0) {
      return new PodObservation(
          State.WORKSPACE_FAILED,
          st.getTerminated().getReason(),
          text(st.getTerminated().getMessage(), st.getTerminated().getReason()),
          st.getTerminated().getExitCode(),
          false);
    }
    if (st.getWaiting() != null && STUCK_WAITING_REASONS.contains(st.getWaiting().getReason())) {
      return new PodObservation(State.CONTAINER_ERROR, st.getWaiting().getReason(), st.getWaiting().getMessage(), null, false);
    }
    if (st.getRunning() != null) {
      return new PodObservation(State.PREPARING_WORKSPACE, null, null, null, false);
    }
    return null;
  }

  private static ContainerStatus first(List<ContainerStatus> statuses, String name) {
    if (statuses == null) {
      return null;
    }
    return statuses.stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
  }

  private static String text(String message, String reason) {
    String m = message == null || message.isBlank() ? reason : message.strip();
    if (m == null) {
      return null;
    }
    String firstLine = m.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(m);
    return firstLine.length() > 300 ? firstLine.substring(0, 300) : firstLine;
  }
}
