package dev.ao.runner.session;

import dev.ao.runner.RunnerFailure;
import dev.ao.runner.agent.LaunchScript;
import dev.ao.runner.tmux.PaneState;
import dev.ao.runner.tmux.Tmux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agent running in the runner's tmux session: started once, watched until it exits. */
public final class AgentProcess {
  static final int WIDTH = 200;
  static final int HEIGHT = 50;

  private final Tmux tmux;
  private final Path stateDir;
  private final Clock clock;
  private volatile AgentExit exit;

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

  /** The exit, once it happened. Sources in order: the launch script's code file, then tmux. */
  public synchronized Optional<AgentExit> checkExit() {
    if (exit == null) {
      Integer code = readExitCode();
      if (code != null) {
        exit = new AgentExit(code, clock.instant());
      } else {
        Optional<PaneState> pane = tmux.paneState();
        if (pane.isEmpty()) {
          exit = new AgentExit(null, clock.instant());
        } else if (pane.get().dead()) {
          Integer fromFile = readExitCode(); // the script may have finished writing meanwhile
          exit = new AgentExit(fromFile != null ? fromFile : pane.get().exitStatus(), clock.instant());
        }
      }
    }
    return Optional.ofNullable(exit);
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
