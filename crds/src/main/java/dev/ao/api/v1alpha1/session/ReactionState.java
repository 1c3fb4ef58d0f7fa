package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Bookkeeping for one reaction key, persisted so an operator restart neither repeats nor forgets it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ReactionState {
  @JsonPropertyDescription("Episode this state belongs to, e.g. the PR head SHA for ci-failed; a new episode resets attempts.")
  public String episode;

  @JsonPropertyDescription("Times the reaction ran in this episode.")
  public Integer attempts;

  @JsonPropertyDescription("When the reaction first fired in this episode (RFC 3339).")
  public String firstFiredAt;

  @JsonPropertyDescription("When the reaction last fired (RFC 3339).")
  public String lastFiredAt;

  @JsonPropertyDescription("True once the reaction escalated to a human in this episode.")
  public Boolean escalated;

  @JsonPropertyDescription("Last failure delivering the reaction, if any.")
  public String lastError;

  @JsonPropertyDescription("True while the reaction's action has not succeeded yet in this episode; it is retried each cycle.")
  public Boolean pending;

  @JsonPropertyDescription("Failed deliveries in this episode; past the reaction's retries it escalates to a person.")
  public Integer deliveryFailures;
}
