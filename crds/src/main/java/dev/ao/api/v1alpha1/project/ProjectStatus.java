package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Observed state of a Project.
 *
 * <p>Empty strings, lists and maps are left out, as are those of every status type: "absent" and
 * "empty" mean the same here, and kube-apiserver 1.20 built with a newer Go (Debian's, the real-API
 * test tier's) rejects {@code ""} in a {@code type: string} field as "null".
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ProjectStatus {
  @JsonPropertyDescription("Ready when referenced Secrets exist and agent profiles resolve; see conditions.")
  public String phase;

  @JsonPropertyDescription("Why the Project is or is not ready, with the fix.")
  public String message;

  @JsonPropertyDescription("Sessions of this Project.")
  public Integer sessions;

  @JsonPropertyDescription("Sessions of this Project by phase.")
  public Map<String, Integer> sessionsByPhase = new TreeMap<>();

  @JsonPropertyDescription("Agent profiles this Project can use (built-in plus its own).")
  public List<String> agentProfiles = new ArrayList<>();

  @JsonPropertyDescription("SCM polling of the repository and the remaining rate-limit budget.")
  public ScmPollStatus scm;

  @JsonPropertyDescription("Fingerprint of the Session set for which all-complete was last announced.")
  public String allCompleteNotified;

  @JsonPropertyDescription("Standard conditions: Ready.")
  public List<Condition> conditions = new ArrayList<>();

  @JsonPropertyDescription("metadata.generation this status reflects.")
  public Long observedGeneration;
}
