package dev.ao.local.supervise;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What local mode needs on this machine, with the command that installs each missing piece. */
public final class Prerequisites {
  /** Agent CLIs by launch command, and how to install them. */
  public static final Map<String, String> AGENT_INSTALL = Map.of(
      "claude", "npm install -g @anthropic-ai/claude-code",
      "codex", "npm install -g @openai/codex",
      "opencode", "npm install -g opencode-ai",
      "aider", "python3 -m pip install aider-chat");

  private Prerequisites() {}

  /** Problems, each naming the fix; empty when tmux and git are there and the jars exist. */
  public static List<String> check(Path operatorJar, Path runnerJar) {
    List<String> problems = new ArrayList<>();
    if (onPath("tmux") == null) {
      problems.add("tmux is not installed; agents run inside tmux: sudo apt-get install tmux");
    }
    if (onPath("git") == null) {
      problems.add("git is not installed; workspaces are git clones: sudo apt-get install git");
    }
    if (!Files.isRegularFile(operatorJar)) {
      problems.add("operator not built at " + operatorJar + ": run `mvn -B -q install -DskipTests` in the repository first");
    }
    if (!Files.isRegularFile(runnerJar)) {
      problems.add("runner not built at " + runnerJar + ": run `mvn -B -q install -DskipTests` in the repository first");
    }
    return problems;
  }

  /** The executable's path on PATH, or null. */
  public static Path onPath(String command) {
    if (command.contains("/")) {
      Path p = Path.of(command);
      return Files.isExecutable(p) ? p : null;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, command);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** Why an agent command cannot run here, naming the install command; null when it can. */
  public static String agentMissing(String command) {
    if (command == null || onPath(command) != null) {
      return null;
    }
    String install = AGENT_INSTALL.get(Path.of(command).getFileName().toString());
    return "agent CLI '" + command + "' is not installed on this machine" + (install == null ? "" : "; install it with: " + install);
  }
}
