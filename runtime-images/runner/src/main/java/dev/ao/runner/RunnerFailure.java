package dev.ao.runner;

/**
 * A failure whose message is the one-line reason shown to people (Session status, container
 * termination message). The message must never contain a secret.
 */
public class RunnerFailure extends RuntimeException {
  public RunnerFailure(String reason) {
    super(reason);
  }

  public RunnerFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}
