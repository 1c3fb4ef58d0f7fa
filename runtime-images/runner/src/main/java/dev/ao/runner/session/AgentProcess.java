package dev.ao.runner.session;

import dev.ao.runner.RunnerFailure;
import dev.ao.runner.agent.LaunchScript;
import dev.ao.runner.tmux.PaneState;
import dev.ao.runner.tmux.Tmux;
import dev.ao.runner.tmux.TmuxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agent running in the runner's tmux session: started once, watched until it exits. */
public final class AgentProcess {
  static final int WIDTH = 200;
  static final int HEIGHT = 50;
  static final Duration TMUX_CHECK_INTERVAL = Duration.ofSeconds(1);

  private final Tmux tmux;
  private final Path stateDir;
  private final Clock clock;
  private volatile AgentExit exit;
  private Instant lastTmuxCheck;

  public AgentProcess(Tmux tmux, Path stateDir, Clock clock) {
    this.tmux = tmux;
    this.stateDir = stateDir;
    this.clock = clock;
  }

  /**
   * Starts the agent. Any tmux server left on the socket is from an earlier runner whose state
   * is gone, so it is replaced rather than adopted.
   */
  public void start(Path workspace, List<String> argv, Map<String, String> env, PaneStream stream) {
    Path go = stateDir.resolve("go");
    Path script = stateDir.resolve("launch.sh");
    try {
      Files.writeString(script, LaunchScript.render(argv, go, exitCodeFile()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RunnerFailure("cannot write the launch script in " + stateDir + ": " + e.getMessage());
    }
    makeFifo(stream.fifo());
    stream.start();
    tmux.killServer();
    tmux.startSession(workspace, WIDTH, HEIGHT, List.of("sh", script.toString()), env);
    tmux.pipeOutputTo(stream.fifo());
    try {
      Files.createFile(go);
    } catch (IOException e) {
      throw new RunnerFailure("cannot release the agent: " + e.getMessage());
    }
  }

  public boolean alive() {
    return checkExit().isEmpty();
  }

  /**
   * The exit, once it happened. The launch script's code file is checked every time (cheap); tmux
   * is asked at most every {@link #TMUX_CHECK_INTERVAL}, to notice an agent whose session vanished
   * without the script finishing (killed from outside).
   */
  public synchronized Optional<AgentExit> checkExit() {
    if (exit == null) {
      Integer code = readExitCode();
      if (code != null) {
        exit = new AgentExit(code, clock.instant());
      } else if (lastTmuxCheck == null
          || Duration.between(lastTmuxCheck, clock.instant()).compareTo(TMUX_CHECK_INTERVAL) >= 0) {
        lastTmuxCheck = clock.instant();
        exit = exitSeenByTmux();
      }
    }
    return Optional.ofNullable(exit);
  }

  private AgentExit exitSeenByTmux() {
    Optional<PaneState> pane;
    try {
      pane = tmux.paneState();
    } catch (TmuxException e) {
      return null; // tmux did not answer; no conclusion this time
    }
    if (pane.isEmpty()) {
      return new AgentExit(null, clock.instant());
    }
    if (!pane.get().dead()) {
      return null;
    }
    Integer fromFile = readExitCode(); // the script may have finished writing meanwhile
    return new AgentExit(fromFile != null ? fromFile : pane.get().exitStatus(), clock.instant());
  }

  public AgentExit awaitExit(Duration poll) throws InterruptedException {
    while (true) {
      Optional<AgentExit> done = checkExit();
      if (done.isPresent()) {
        return done.get();
      }
      Thread.sleep(poll.toMillis());
    }
  }

  private Path exitCodeFile() {
    return stateDir.resolve("exit-code");
  }

  private Integer readExitCode() {
    try {
      return Integer.valueOf(Files.readString(exitCodeFile()).strip());
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  private static void makeFifo(Path fifo) {
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).inheritIO().start();
      if (mkfifo.waitFor() != 0) {
        throw new RunnerFailure("mkfifo " + fifo + " failed");
      }
    } catch (IOException e) {
      throw new RunnerFailure("cannot run mkfifo: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunnerFailure("interrupted while creating the output pipe");
    }
  }
}
