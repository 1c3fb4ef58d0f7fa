package dev.ao.cli;

import dev.ao.cli.session.SessionCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: it only lists the subcommands. */
@Command(
    name = "ao",
    mixinStandardHelpOptions = true,
    versionProvider = AoVersionProvider.class,
    description = {
      "Run AI coding agents on Kubernetes: one Session per issue, each with its own branch, workspace and pod.",
      "Talks to the cluster of your current kubeconfig context."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 invalid input or state, 2 cluster/API error, 3 not found."
    },
    subcommands = {
      InitCommand.class,
      ImportConfigCommand.class,
      StartCommand.class,
      SpawnCommand.class,
      BatchSpawnCommand.class,
      SendCommand.class,
      StatusCommand.class,
      SessionCommand.class,
      ReviewCheckCommand.class,
      LocalCommand.class,
      CompletionCommand.class,
      VersionCommand.class
    })
public final class AoCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Without a subcommand: the help, as kubectl does. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
