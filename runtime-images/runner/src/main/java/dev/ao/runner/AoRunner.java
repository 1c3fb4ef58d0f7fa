package dev.ao.runner;

import dev.ao.runner.client.AttachCommand;
import dev.ao.runner.client.SendCommand;
import dev.ao.runner.session.RunCommand;
import dev.ao.runner.workspace.WorkspaceCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the in-pod runner. Subcommands only; all configuration comes from environment
 * variables so the same jar runs in a pod and as a local process.
 */
@Command(
    name = "ao-runner",
    mixinStandardHelpOptions = true,
    version = "ao-runner 0.1.0",
    description = "Prepares a Session's workspace and runs its coding agent inside tmux.",
    subcommands = {WorkspaceCommand.class, RunCommand.class, SendCommand.class, AttachCommand.class})
public final class AoRunner implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AoRunner()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
