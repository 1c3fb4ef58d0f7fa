package dev.ao.runner.tmux;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The tmux client, one invocation per call, on the runner's private socket ({@code tmux -L}).
 * Every call targets the single session the runner owns.
 */
public final class Tmux {
  public static final String SESSION = "agent";
  private static final long TIMEOUT_SECONDS = 10;

  private final String binary;
  private final String socket;

  public Tmux(String binary, String socket) {
    this.binary = binary;
    this.socket = socket;
  }

  public String socket() {
    return socket;
  }

  /** The argv that attaches a terminal to the agent's session. */
  public List<String> attachCommand(boolean readOnly) {
    List<String> argv = new ArrayList<>(List.of(binary, "-u", "-L", socket, "attach-session", "-t", SESSION));
    if (readOnly) {
      argv.add("-r");
    }
    return argv;
  }

  /**
   * Starts a fresh server with the agent's environment and the session running {@code command}.
   * Options are set before the session exists so its pane inherits them. {@code -f /dev/null}
   * keeps a person's ~/.tmux.conf (local mode) from changing indexes or key handling.
   */
  public void startSession(Path cwd, int width, int height, List<String> command, Map<String, String> env) {
    List<String> args = new ArrayList<>(List.of(
        "-f", "/dev/null",
        "set-option", "-g", "history-limit", "20000", ";",
        "set-option", "-wg", "remain-on-exit", "on", ";",
        "new-session", "-d", "-s", SESSION, "-x", Integer.toString(width), "-y", Integer.toString(height),
        "-c", cwd.toString()));
    args.addAll(command);
    exec(null, env, args);
  }

  /** Copies everything the agent writes to its terminal into {@code fifo}. */
  public void pipeOutputTo(Path fifo) {
    run("pipe-pane", "-O", "-t", SESSION, "exec cat > '" + fifo.toString().replace("'", "'\\''") + "'");
  }

  /** The visible screen, one entry per row, wrapped lines joined. */
  public List<String> screen() {
    return rows(run("capture-pane", "-p", "-J", "-t", SESSION));
  }

  /** The last {@code lines} lines of scrollback plus screen, blank runs collapsed, for people to read. */
  public List<String> tail(int lines) {
    List<String> rows = rows(run("capture-pane", "-p", "-J", "-S", "-" + lines, "-t", SESSION));
    List<String> readable = new ArrayList<>();
    for (String row : rows) {
      String trimmed = row.stripTrailing();
      // The unused rows of a screen (and the gap above tmux's "Pane is dead" line) say nothing.
      if (!(trimmed.isEmpty() && (readable.isEmpty() || readable.get(readable.size() - 1).isEmpty()))) {
        readable.add(trimmed);
      }
    }
    if (!readable.isEmpty() && readable.get(readable.size() - 1).isEmpty()) {
      readable.remove(readable.size() - 1);
    }
    return readable.subList(Math.max(0, readable.size() - lines), readable.size());
  }

  public void loadBuffer(String buffer, String text) {
    exec(text.getBytes(StandardCharsets.UTF_8), null, List.of("load-buffer", "-b", buffer, "-"));
  }

  /** Pastes and deletes the buffer; {@code -p} wraps it in bracketed-paste codes when the app asked for them. */
  public void pasteBuffer(String buffer) {
    run("paste-buffer", "-p", "-d", "-b", buffer, "-t", SESSION);
  }

  public void sendKeys(List<String> keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
    args.addAll(keys);
    exec(null, null, args);
  }

  /**
   * Pane state, or empty when the session (or the whole server) no longer exists. Other failures
   * throw: a slow or failing tmux call must not be mistaken for an agent that is gone.
   */
  public Optional<PaneState> paneState() {
    try {
      String out = run("display-message", "-p", "-t", SESSION, "#{pane_dead} #{pane_dead_status}").strip();
      String[] parts = out.split(" ");
      boolean dead = "1".equals(parts[0]);
      Integer status = dead && parts.length > 1 && !parts[1].isEmpty() ? Integer.valueOf(parts[1]) : null;
      return Optional.of(new PaneState(dead, status));
    } catch (TmuxException e) {
      if (sessionGone(e.getMessage())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  static boolean sessionGone(String tmuxError) {
    return tmuxError.contains("no server running") || tmuxError.contains("can't find")
        || tmuxError.contains("error connecting to");
  }

  public void killServer() {
    try {
      run("kill-server");
    } catch (TmuxException e) {
      // No server running: nothing to kill.
    }
  }

  public String run(String... args) {
    return exec(null, null, Arrays.asList(args));
  }

  private String exec(byte[] stdin, Map<String, String> env, List<String> args) {
    // -u: treat the terminal as UTF-8 even when the locale does not say so (minimal containers).
    List<String> argv = new ArrayList<>(List.of(binary, "-u", "-L", socket));
    argv.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(false);
    if (env != null) {
      builder.environment().clear();
      builder.environment().putAll(env);
    }
    try {
      Process process = builder.start();
      try (OutputStream in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin);
        }
      }
      // tmux writes little to stderr, so reading stdout first cannot deadlock on a full pipe.
      byte[] out = readAll(process.getInputStream());
      byte[] err = readAll(process.getErrorStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new TmuxException("tmux " + args.get(0) + " timed out");
      }
      if (process.exitValue() != 0) {
        throw new TmuxException("tmux " + args.get(0) + " failed: " + text(err).strip());
      }
      return text(out);
    } catch (IOException e) {
      throw new TmuxException("cannot run " + binary + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TmuxException("interrupted while running tmux " + args.get(0));
    }
  }

  private static byte[] readAll(InputStream stream) throws IOException {
    try (InputStream in = stream) {
      return in.readAllBytes();
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static List<String> rows(String capture) {
    List<String> rows = new ArrayList<>();
    // Trailing spaces are kept: a prompt such as "> " is recognised by them.
    for (String row : capture.split("\n", -1)) {
      rows.add(row);
    }
    if (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty() && capture.endsWith("\n")) {
      rows.remove(rows.size() - 1);
    }
    return rows;
  }
}
