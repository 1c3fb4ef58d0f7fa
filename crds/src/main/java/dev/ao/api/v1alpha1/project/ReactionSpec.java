package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.Patterns;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;

/**
 * How the operator reacts to one event key. Every field is optional: a Project entry is merged
 * field by field over the built-in default for its key, so `{retries: 5}` keeps the default action.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReactionSpec {
  @JsonPropertyDescription("false disables sending to the agent and merging; notifications still go out.")
  public Boolean enabled;

  @JsonPropertyDescription("send-to-agent, notify, or auto-merge.")
  public Action action;

  @Size(max = 8192)
  @JsonPropertyDescription("Message template for send-to-agent and notifications; event details are appended.")
  public String message;

  @JsonPropertyDescription("Notification priority: urgent, action, warning, info.")
  public Priority priority;

  @Min(0)
  @Max(100)
  @JsonPropertyDescription("Deliveries attempted per episode before escalating to a person.")
  public Integer retries;

  @Pattern(Patterns.ATTEMPTS_OR_DURATION)
  @JsonPropertyDescription("Escalate to a person after this many attempts (`3`) or this long since the first (`30m`).")
  public String escalateAfter;

  @Pattern(Patterns.DURATION)
  @JsonPropertyDescription("Time a condition must hold before the reaction fires, e.g. 10m for agent-stuck.")
  public String threshold;

  /** What a reaction does. */
  public enum Action {
    @JsonProperty("send-to-agent")
    SEND_TO_AGENT,
    @JsonProperty("notify")
    NOTIFY,
    @JsonProperty("auto-merge")
    AUTO_MERGE
  }
}
