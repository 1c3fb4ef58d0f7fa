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
  private final long logOffset;

  private OperatorProcess(Process process, Path log, long logOffset) {
    this.process = process;
    this.log = log;
    this.logOffset = logOffset;
  }

  public static OperatorProcess start(Path operatorJar, Path kubeconfig, Path log) throws IOException {
    long offset = Files.exists(log) ? Files.size(log) : 0;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", operatorJar.toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    // Local mode has no cluster DNS or in-cluster config; HTTP and the management interface (health,
    // metrics; 9000 in a pod) on free ports, so several local operators and other programs never collide.
    pb.environment().put("QUARKUS_HTTP_PORT", "0");
    pb.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
    pb.environment().put("QUARKUS_KUBERNETES_CLIENT_TRUST_CERTS", "true");
    return new OperatorProcess(pb.start(), log, offset);
  }

  /** Waits until the operator logs that it started; throws with its last log line when it exits first. */
  public void awaitStarted(Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      String text = ownLog();
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

  /** Ends the process at once, as a crash or OOM kill would. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** This process's part of the (appended) log. */
  private String ownLog() throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    byte[] all = Files.readAllBytes(log);
    return new String(all, (int) Math.min(logOffset, all.length), (int) Math.max(0, all.length - logOffset), java.nio.charset.StandardCharsets.UTF_8);
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
