package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a Session does: work one task, or plan and steer workers. */
public enum SessionRole {
  @JsonProperty("worker")
  WORKER,
  @JsonProperty("orchestrator")
  ORCHESTRATOR
}
