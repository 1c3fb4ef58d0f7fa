package dev.ao.runner.delivery;

import java.time.Instant;

/**
 * Outcome of one delivery.
 *
 * @param submitAttempts how often the submit keys had to be pressed (more than 1 means a swallowed key was retried)
 */
public record DeliveryResult(String id, Status status, Instant deliveredAt, String error, int submitAttempts) {

  /** Delivery states as the HTTP API reports them. */
  public enum Status {
    Delivered,
    Unconfirmed,
    AgentExited
  }

  static DeliveryResult delivered(String id, Instant at, int attempts) {
    return new DeliveryResult(id, Status.Delivered, at, null, attempts);
  }

  static DeliveryResult unconfirmed(String id, String why, int attempts) {
    return new DeliveryResult(id, Status.Unconfirmed, null, why, attempts);
  }

  static DeliveryResult agentExited(String id) {
    return new DeliveryResult(id, Status.AgentExited, null, "the agent has exited", 0);
  }

  public boolean isDelivered() {
    return status == Status.Delivered;
  }
}
