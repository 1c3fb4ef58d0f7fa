package dev.ao.cli;

import dev.ao.cli.support.AoExceptionHandler;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.CommandFactory;
import picocli.CommandLine;

/** Builds the command line: subcommands created with the context injected, one exception handler for all. */
public final class Cli {
  private Cli() {}

  public static CommandLine create(CliContext context) {
    AoExceptionHandler errors = new AoExceptionHandler(context.env());
    CommandLine cmd = new CommandLine(AoCommand.class, new CommandFactory(context));
    cmd.setExecutionExceptionHandler(errors);
    cmd.setParameterExceptionHandler(errors);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }
}
