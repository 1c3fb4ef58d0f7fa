package dev.ao.runner.tmux;

/** A tmux invocation failed; the message says which and why. */
public final class TmuxException extends RuntimeException {
  public TmuxException(String message) {
    super(message);
  }
}
