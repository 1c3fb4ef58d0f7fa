package dev.ao.cli.support;

import java.util.List;

/**
 * An error a command reports to the user: one message that says what is wrong and what to do,
 * optional detail lines (e.g. one per validation violation), and the exit code.
 */
public final class CliException extends RuntimeException {
  private final int exitCode;
  private final List<String> details;

  private CliException(int exitCode, String message, List<String> details) {
    super(message);
    this.exitCode = exitCode;
    this.details = List.copyOf(details);
  }

  public static CliException userError(String message) {
    return new CliException(ExitCodes.USER_ERROR, message, List.of());
  }

  public static CliException userError(String message, List<String> details) {
    return new CliException(ExitCodes.USER_ERROR, message, details);
  }

  public static CliException cluster(String message) {
    return new CliException(ExitCodes.CLUSTER_ERROR, message, List.of());
  }

  public static CliException notFound(String message) {
    return new CliException(ExitCodes.NOT_FOUND, message, List.of());
  }

  public int exitCode() {
    return exitCode;
  }

  public List<String> details() {
    return details;
  }
}
