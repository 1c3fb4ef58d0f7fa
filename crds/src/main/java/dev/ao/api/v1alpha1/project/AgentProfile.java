package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.common.Patterns;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/**
 * An agent as data: image, launch command and how to read its activity. A Project entry with the
 * name of a built-in profile overrides the fields it sets; a new name adds an agent. No Java code is
 * needed to add an agent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AgentProfile {
  @Required
  @Pattern(Patterns.PROFILE_NAME)
  @Size(max = Patterns.PROFILE_NAME_MAX)
  @JsonPropertyDescription("Profile name referenced by agent.profile.")
  public String name;

  @Size(max = 512)
  @JsonPropertyDescription("Container image with the agent CLI and the ao runner (FROM the agent-base image).")
  public String image;

  @Size(min = 1, max = 32)
  @JsonPropertyDescription(
      "Launch command as argv. `{{prompt}}` is replaced by the initial prompt (argument delivery) and `{{model}}` by agent.model;"
          + " an element containing `{{model}}` is dropped when no model is set.")
  public List<String> command;

  @JsonPropertyDescription("How the initial prompt reaches the agent: as a launch argument, or typed after launch.")
  public PromptDelivery promptDelivery;

  @Size(max = 8)
  @JsonPropertyDescription("tmux key names that submit a typed message, e.g. [Enter]. Defaults to [Enter].")
  public List<String> submitKeys;

  @Size(max = 512)
  @JsonPropertyDescription("Regex on the terminal that shows the agent is ready for typed input (post-launch delivery).")
  public String readyPattern;

  @Size(max = 16)
  @JsonPropertyDescription("Names of the environment variables carrying the agent's API keys, e.g. [ANTHROPIC_API_KEY].")
  public List<String> apiKeyEnv;

  @Size(max = 64)
  @JsonPropertyDescription("Environment variables every Session of this profile gets.")
  public List<EnvVarSpec> env;

  @JsonPropertyDescription("How the runner tells Active, Idle and WaitingInput apart for this agent.")
  public ActivityDetection activity;

  /** How the initial prompt is handed to the agent. */
  public enum PromptDelivery {
    @JsonProperty("argument")
    ARGUMENT,
    @JsonProperty("post-launch")
    POST_LAUNCH
  }

  /** Activity detection as data: terminal patterns and, where the agent writes them, its session logs. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class ActivityDetection {
    @Size(max = 16)
    @JsonPropertyDescription("Regexes on the last terminal lines meaning the agent waits for a human answer.")
    public List<String> waitingInputPatterns;

    @Size(max = 16)
    @JsonPropertyDescription("Regexes meaning the agent is busy even when output is quiet (e.g. a spinner line).")
    public List<String> activePatterns;

    @JsonPropertyDescription("Seconds without output after which the agent counts as Idle. Default 30.")
    public Integer idleAfterSeconds;

    @Size(max = 512)
    @JsonPropertyDescription("Glob of the agent's own session log files (JSONL), relative to $HOME, used as an activity signal.")
    public String sessionLogGlob;
  }
}
