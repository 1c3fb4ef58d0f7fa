package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A message the runner confirmed the agent received. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class DeliveredMessage {
  @JsonPropertyDescription("The message id from spec.messages (or a reaction's generated id).")
  public String id;

  @JsonPropertyDescription("When the runner confirmed delivery (RFC 3339).")
  public String deliveredAt;

  public DeliveredMessage() {}

  public DeliveredMessage(String id, String deliveredAt) {
    this.id = id;
    this.deliveredAt = deliveredAt;
  }
}
