package dev.ao.cli.session;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The `ao session` verb group; it only lists its subcommands. */
@Command(
    name = "session",
    description = "List, stop, clean up, restore, attach to and read the logs of Sessions.",
    subcommands = {
      SessionListCommand.class,
      SessionKillCommand.class,
      SessionCleanupCommand.class,
      SessionRestoreCommand.class,
      SessionAttachCommand.class,
      SessionLogsCommand.class
    })
public final class SessionCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Without a subcommand: the help, as kubectl does. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
