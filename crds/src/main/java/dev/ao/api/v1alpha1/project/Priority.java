package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How urgently a person should look, as in the seed tool. */
public enum Priority {
  @JsonProperty("urgent")
  URGENT,
  @JsonProperty("action")
  ACTION,
  @JsonProperty("warning")
  WARNING,
  @JsonProperty("info")
  INFO
}
