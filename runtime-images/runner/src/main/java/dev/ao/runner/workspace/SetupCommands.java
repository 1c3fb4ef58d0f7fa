package dev.ao.runner.workspace;

import dev.ao.runner.Log;
import dev.ao.runner.RunnerFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs the Project's setup commands ({@code sh -c}, in order, in the workspace). */
final class SetupCommands {
  private static final int MAX_SHOWN = 80;

  private SetupCommands() {}

  static void runAll(List<String> commands, Path workspace) {
    for (int i = 0; i < commands.size(); i++) {
      String command = commands.get(i);
      String name = "setup command " + (i + 1) + " of " + commands.size() + " (`" + shorten(command) + "`)";
      Log.info("running " + name);
      int code = run(command, workspace, name);
      if (code != 0) {
        throw new RunnerFailure(name + " exited with code " + code);
      }
    }
  }

  private static int run(String command, Path workspace, String name) {
    try {
      // Output goes straight to the init container's log, where people look for build errors.
      Process process =
          new ProcessBuilder("sh", "-c", command).directory(workspace.toFile()).inheritIO().start();
      return process.waitFor();
    } catch (IOException e) {
      throw new RunnerFailure(name + " could not start: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunnerFailure(name + " was interrupted");
    }
  }

  static String shorten(String command) {
    String flat = command.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_SHOWN ? flat : flat.substring(0, MAX_SHOWN - 3) + "...";
  }
}
