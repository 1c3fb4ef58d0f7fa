package dev.ao.local.supervise;

import dev.ao.local.LocalPaths;
import dev.ao.local.api.LocalApiServer;
import dev.ao.local.executor.LocalExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The whole product on one machine: the embedded API, the local executor and the operator
 * process, started in that order and stopped in reverse on {@link #close()} (Ctrl-C included).
 */
public final class LocalUp implements AutoCloseable {
  private final LocalPaths paths;
  private final LocalApiServer api;
  private final LocalExecutor executor;
  private final Path operatorJar;
  private OperatorProcess operator;

  private LocalUp(LocalPaths paths, LocalApiServer api, LocalExecutor executor, OperatorProcess operator, Path operatorJar) {
    this.operatorJar = operatorJar;
    this.paths = paths;
    this.api = api;
    this.executor = executor;
    this.operator = operator;
  }

  /** Options for a start. */
  public record Options(LocalPaths paths, int port, Path operatorJar, Path runnerJar) {}

  public static LocalUp start(Options o) throws IOException, InterruptedException {
    List<String> problems = Prerequisites.check(o.operatorJar(), o.runnerJar());
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
    LocalPaths paths = o.paths();
    Files.createDirectories(paths.root());
    PidFile.claim(paths.pidFile());
    LocalApiServer api = null;
    LocalExecutor executor = null;
    try {
      api = LocalApiServer.start(o.port(), paths.state());
      api.writeKubeconfig(paths.kubeconfig());
      executor = new LocalExecutor(api.client(), paths.volumes(), paths.pods(), o.runnerJar().toString());
      executor.start();
      OperatorProcess operator = OperatorProcess.start(o.operatorJar(), paths.kubeconfig(), paths.operatorLog());
      operator.awaitStarted(Duration.ofSeconds(60));
      System.out.println("[local] operator running (pid " + operator.pid() + ", log " + paths.operatorLog() + ")");
      return new LocalUp(paths, api, executor, operator, o.operatorJar());
    } catch (IOException | InterruptedException | RuntimeException e) {
      if (executor != null) {
        executor.close();
      }
      if (api != null) {
        api.close();
      }
      PidFile.release(paths.pidFile());
      throw e;
    }
  }

  public LocalApiServer api() {
    return api;
  }

  public LocalExecutor executor() {
    return executor;
  }

  /** Kills the operator process (as a crash would) and starts a new one; agents keep running. */
  public synchronized void restartOperator() throws IOException, InterruptedException {
    operator.kill();
    operator = OperatorProcess.start(operatorJar, paths.kubeconfig(), paths.operatorLog());
    operator.awaitStarted(Duration.ofSeconds(60));
  }

  public boolean operatorAlive() {
    return operator.alive();
  }

  @Override
  public void close() {
    operator.close();
    executor.close();
    api.close();
    PidFile.release(paths.pidFile());
  }
}
