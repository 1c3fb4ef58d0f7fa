package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Observed state of a Session, written only by the operator.
 *
 * <p>Empty strings, lists and maps are left out, as are those of every status type: "absent" and
 * "empty" mean the same here, and kube-apiserver 1.20 built with a newer Go (Debian's, the real-API
 * test tier's) rejects {@code ""} in a {@code type: string} field as "null".
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class SessionStatus {
  @JsonPropertyDescription("Lifecycle phase; see the SessionPhase reference.")
  public SessionPhase phase;

  @JsonPropertyDescription("When the Session entered its current phase, RFC 3339.")
  public String phaseSince;

  @JsonPropertyDescription("Agent activity reported by the in-pod runner: Active, Idle, WaitingInput, Exited.")
  public Activity activity;

  @JsonPropertyDescription("Human-readable reason for the current phase, including what to do when something is wrong.")
  public String message;

  @JsonPropertyDescription("Git branch the Session works on (from spec.branch or derived once and then fixed).")
  public String branch;

  @JsonPropertyDescription("Issue title from the tracker, when there is an issue.")
  public String issueTitle;

  @JsonPropertyDescription("Name of the workspace PersistentVolumeClaim.")
  public String workspace;

  @JsonPropertyDescription("Name of the agent Pod.")
  public String pod;

  @JsonPropertyDescription("The agent profile in use.")
  public String agent;

  @JsonPropertyDescription("The branch's pull request, once one exists.")
  public PullRequestStatus pr;

  @JsonPropertyDescription("Per reaction key: attempts, first/last fire time, escalation.")
  public Map<String, ReactionState> reactions = new LinkedHashMap<>();

  @JsonPropertyDescription("Messages the agent is confirmed to have received, oldest first.")
  public List<DeliveredMessage> deliveredMessages = new ArrayList<>();

  @JsonPropertyDescription("Standard conditions: WorkspaceReady, AgentRunning, Ready.")
  public List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("metadata.generation of the spec this status reflects.")
  public Long observedGeneration;

  @JsonPropertyDescription("When the agent pod was first admitted (left Queued), RFC 3339.")
  public String startedAt;

  @JsonPropertyDescription("When the operator first saw a PR for the Session's branch, RFC 3339; set once, kept after the PR closes.")
  public String firstPrSeenAt;

  @JsonPropertyDescription("Value of the restore-requested-at annotation last acted on (ao session restore).")
  public String lastRestoreRequest;

  @JsonPropertyDescription("When the operator last observed runner and SCM state, RFC 3339. Status is written only when something changed, so while nothing does this moves at most every 5 minutes (a heartbeat).")
  public String lastPolled;
}
