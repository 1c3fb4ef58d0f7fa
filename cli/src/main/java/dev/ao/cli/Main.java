package dev.ao.cli;

import dev.ao.cli.support.CliContext;

/** Entry point of ao.jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.create(CliContext.system()).execute(args));
  }
}
