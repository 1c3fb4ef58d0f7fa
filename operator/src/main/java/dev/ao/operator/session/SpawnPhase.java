package dev.ao.operator.session;

import dev.ao.api.v1alpha1.session.SessionPhase;

/**
 * Pure decision of the Session phase from its agent Pod, for the phases the pod alone decides:
 * Spawning until the agent runs, Working while it runs, Errored or Killed when it stops. The
 * lifecycle engine refines Working into the PR phases.
 */
public final class SpawnPhase {
  private SpawnPhase() {}

  /** The phase, the Ready-condition reason and the human message for a pod observation. */
  public record Outcome(SessionPhase phase, String reason, String message) {}

  public static Outcome decide(PodObservation pod) {
    return switch (pod.state()) {
      case MISSING -> new Outcome(SessionPhase.Spawning, SessionConditions.POD_MISSING, "creating the agent pod");
      case PENDING -> new Outcome(SessionPhase.Spawning, SessionConditions.POD_PENDING, "waiting for the agent pod to start");
      // Not Errored: the claim binds, or capacity frees up, once someone fixes the cluster side.
      case UNSCHEDULABLE -> new Outcome(SessionPhase.Spawning, pod.reason(), pod.message());
      case PREPARING_WORKSPACE ->
          new Outcome(SessionPhase.Spawning, SessionConditions.PREPARING_WORKSPACE, "cloning the repository into the workspace");
      case CONTAINER_ERROR ->
          new Outcome(
              SessionPhase.Errored,
              SessionConditions.CONTAINER_WAITING,
              "container cannot start: " + pod.reason() + (pod.message() == null ? "" : ": " + pod.message()) + containerHint(pod.reason()));
      case WORKSPACE_FAILED ->
          new Outcome(
              SessionPhase.Errored,
              SessionConditions.WORKSPACE_FAILED,
              "workspace preparation failed: " + nz(pod.message(), "exit code " + pod.exitCode())
                  + ". Fix the cause, then run `ao session restore` on this Session to retry");
      case RUNNING -> new Outcome(SessionPhase.Working, SessionConditions.AGENT_STARTED, "agent is running");
      case AGENT_FAILED ->
          new Outcome(
              SessionPhase.Errored,
              SessionConditions.AGENT_FAILED,
              "agent container failed" + (pod.exitCode() == null ? "" : " with exit code " + pod.exitCode())
                  + (pod.message() == null ? "" : ": " + pod.message()));
      case AGENT_EXITED -> new Outcome(SessionPhase.Killed, SessionConditions.AGENT_EXITED, "agent exited (code 0)");
    };
  }

  /** Errored/Killed from a terminated pod stays until a person restores the Session. */
  public static boolean isSticky(String readyReason) {
    return SessionConditions.WORKSPACE_FAILED.equals(readyReason)
        || SessionConditions.AGENT_FAILED.equals(readyReason)
        || SessionConditions.AGENT_EXITED.equals(readyReason)
        || SessionConditions.STOPPED.equals(readyReason);
  }

  private static String containerHint(String reason) {
    if (reason != null && reason.contains("Image")) {
      return ". Check the image name (the Project's agent profile, or spec.agent.image) and that the nodes can pull it"
          + " (a registry they reach, imagePullSecrets); then run `ao session restore` on this Session";
    }
    return ". Check the Secrets and keys the agent's env references; then run `ao session restore` on this Session";
  }

  private static String nz(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }
}
