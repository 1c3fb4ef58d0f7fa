package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.AgentSpec;
import io.fabric8.generator.annotation.Size;

/** The orchestrator Session that plans work and spawns worker Sessions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OrchestratorSpec {
  @Size(max = 65536)
  @JsonPropertyDescription("Rules / system prompt for the orchestrator agent.")
  public String rules;

  @JsonPropertyDescription("Agent override for the orchestrator (defaults to the Project's agent).")
  public AgentSpec agent;
}
