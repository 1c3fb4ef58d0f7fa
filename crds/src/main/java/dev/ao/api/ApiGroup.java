package dev.ao.api;

/** The API group, version and the label/annotation keys every component agrees on. */
public final class ApiGroup {
  public static final String GROUP = "agent-orchestrator.io";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;

  /** Label on every object the operator creates for a Session: the Session's name. */
  public static final String LABEL_SESSION = GROUP + "/session";
  /** Label on every object the operator creates for a Session: the Session's Project. */
  public static final String LABEL_PROJECT = GROUP + "/project";
  /** Label naming the role of an owned object (workspace, runner-token, agent). */
  public static final String LABEL_COMPONENT = GROUP + "/component";
  /** Standard recommended label. */
  public static final String LABEL_MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY = "agent-orchestrator";

  /** Set to "true" on a Session before deleting it to keep its workspace PVC (ao session kill --keep-workspace). */
  public static final String ANNOTATION_KEEP_WORKSPACE = GROUP + "/keep-workspace";
  /** Set on a Session to ask the operator to recreate its agent pod on the existing workspace (ao session restore). */
  public static final String ANNOTATION_RESTORE = GROUP + "/restore-requested-at";

  private ApiGroup() {}
}
