package dev.ao.runner;

import java.io.PrintStream;

/**
 * The runner's own diagnostics. They go to stderr with a prefix so that, in {@code kubectl logs},
 * they stand apart from the agent's mirrored terminal on stdout.
 */
public final class Log {
  private static final PrintStream OUT = System.err;

  private Log() {}

  public static void info(String message) {
    OUT.println("[ao-runner] " + message);
  }

  public static void warn(String message) {
    OUT.println("[ao-runner] WARNING: " + message);
  }
}
