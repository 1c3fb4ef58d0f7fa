package dev.ao.local.supervise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The operator, unchanged, as a child process pointed at the local API by a kubeconfig. */
public final class OperatorProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private OperatorProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static OperatorProcess start(Path operatorJar, Path kubeconfig, Path log) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", operatorJar.toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    // Local mode has no cluster DNS or in-cluster config; health endpoints on a free port.
    pb.environment().put("QUARKUS_HTTP_PORT", "0");
    pb.environment().put("QUARKUS_KUBERNETES_CLIENT_TRUST_CERTS", "true");
    return new OperatorProcess(pb.start(), log);
  }

  /** Waits until the operator logs that it started; throws with its last log line when it exits first. */
  public void awaitStarted(Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      String text = Files.exists(log) ? Files.readString(log) : "";
      if (text.contains("operator started")) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the operator exited with code " + process.exitValue() + ": " + lastLine(text) + " (log: " + log + ")");
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the operator did not start within " + timeout.toSeconds() + "s (log: " + log + ")");
  }

  public boolean alive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1];
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
