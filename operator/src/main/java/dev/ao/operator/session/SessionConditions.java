package dev.ao.operator.session;

/** Condition types and reasons on a Session (CamelCase reasons, as Kubernetes conventions ask). */
public final class SessionConditions {
  public static final String WORKSPACE_READY = "WorkspaceReady";
  public static final String AGENT_RUNNING = "AgentRunning";
  public static final String READY = "Ready";

  // Reasons that mean the spec or its Project is wrong: fixing them lets the Session continue.
  public static final String INVALID_SPEC = "InvalidSpec";
  public static final String PROJECT_NOT_FOUND = "ProjectNotFound";
  public static final String PROJECT_INVALID = "ProjectInvalid";
  public static final String AGENT_PROFILE_INVALID = "AgentProfileInvalid";
  public static final String BRANCH_IN_USE = "BranchInUse";

  // Reasons from the pod.
  public static final String QUEUED = "Queued";
  public static final String POD_PENDING = "PodPending";
  public static final String UNSCHEDULABLE = "Unschedulable";
  public static final String WORKSPACE_UNBOUND = "WorkspaceUnbound";
  public static final String PREPARING_WORKSPACE = "PreparingWorkspace";
  public static final String WORKSPACE_PREPARED = "WorkspacePrepared";
  public static final String WORKSPACE_FAILED = "WorkspaceFailed";
  public static final String CONTAINER_WAITING = "ContainerWaiting";
  public static final String AGENT_STARTED = "AgentStarted";
  public static final String AGENT_FAILED = "AgentFailed";
  public static final String AGENT_EXITED = "AgentExited";
  public static final String POD_MISSING = "PodMissing";
  public static final String STOPPED = "Stopped";

  private SessionConditions() {}
}
