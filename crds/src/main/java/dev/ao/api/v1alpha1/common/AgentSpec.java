package dev.ao.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;

/**
 * Which agent runs and how: a profile name plus per-Project or per-Session overrides. Every field is
 * optional; unset fields fall through Session → Project → profile → built-in defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AgentSpec {
  @Pattern(Patterns.PROFILE_NAME)
  @JsonPropertyDescription(
      "Agent profile name: a built-in (claude-code, codex, aider, opencode) or one defined in the Project's agentProfiles.")
  public String profile;

  @Size(max = 512)
  @JsonPropertyDescription("Container image overriding the profile's image.")
  public String image;

  @Size(max = 128)
  @JsonPropertyDescription("Model name passed to the agent through the profile's model argument, e.g. claude-sonnet-4.")
  public String model;

  @Size(max = 32)
  @JsonPropertyDescription("Extra command-line arguments appended to the profile's launch command.")
  public List<String> args;

  @Size(max = 64)
  @JsonPropertyDescription("Extra environment variables; values from Secrets by reference only.")
  public List<EnvVarSpec> env;

  @JsonPropertyDescription("CPU/memory requests and limits for the agent container.")
  public ResourceRequirements resources;
}
