package dev.ao.sim.linear;

/** An error Linear reports with a user-presentable message (e.g. "Entity not found: Issue"). */
public final class LinearException extends RuntimeException {

  private final String userPresentableMessage;

  public LinearException(String message, String userPresentableMessage) {
    super(message);
    this.userPresentableMessage = userPresentableMessage;
  }

  public String userPresentableMessage() {
    return userPresentableMessage;
  }
}
