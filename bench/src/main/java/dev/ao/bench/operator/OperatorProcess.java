package dev.ao.bench.operator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.bench.kube.KubeApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's side of {@link OperatorNodeMain}: starts the operator JVM from this jar's classpath, sends it
 * commands and reads its answers; its log goes to a file.
 */
public final class OperatorProcess implements AutoCloseable {
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final ObjectMapper json = new ObjectMapper();
  private final Path log;

  private OperatorProcess(Process process, Path log) throws IOException {
    this.process = process;
    this.log = log;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Thread reader = new Thread(() -> pump(logWriter), "operator-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * @param api how the operator reaches the API server: an argument, and environment variables such as KUBECONFIG
   * @param namespace the only namespace it watches
   * @param jvmOptions heap and GC settings of the operator's container, plus e.g. a JFR recording
   */
  public static OperatorProcess start(KubeApi.OperatorConnection api, String namespace, PollingMode mode, List<String> jvmOptions, Path log)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(jvmOptions);
    // As in the operator's image (Quarkus): JBoss Logging over the JBoss LogManager.
    command.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), OperatorNodeMain.class.getName(), api.argument(), mode.label(),
        namespace));
    Files.createDirectories(log.getParent());
    StringBuilder env = new StringBuilder();
    api.environment().forEach((k, v) -> env.append(k).append('=').append(v).append(' '));
    Files.writeString(log, env + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(api.environment());
    Process p = builder.start();
    return new OperatorProcess(p, log);
  }

  private void pump(Writer logWriter) {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("@")) {
          answers.add(line);
        } else {
          logWriter.write(line + System.lineSeparator());
          logWriter.flush();
        }
      }
    } catch (IOException e) {
      // The process ended; callers notice when no answer comes.
    } finally {
      try {
        logWriter.close();
      } catch (IOException ignored) {
        // nothing left to write to
      }
    }
  }

  public void awaitReady(Duration timeout) throws InterruptedException {
    String line = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!OperatorNodeMain.READY.equals(line)) {
      throw new IllegalStateException("the operator did not start (" + (process.isAlive() ? "no answer" : "exit " + process.exitValue())
          + "); see " + log);
    }
  }

  /** Cumulative figures without disturbing the process. */
  public NodeStats stats() {
    return ask("stats");
  }

  /**
   * Runs {@code action} at a moment when no repository poll is under way, checked before and after it, so a window of
   * request counts opened or closed by the action holds whole polls only. Returns the figures of that moment. A
   * poller that is never idle for {@code patience} (the baseline at scale can be) gets the action anyway, and the
   * boundary is off by at most one repository poll.
   */
  public NodeStats betweenPolls(Runnable action, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      NodeStats before = stats();
      if (before.betweenPolls()) {
        action.run();
        NodeStats after = stats();
        if (after.pollsStarted() == before.pollsStarted()) {
          return after;
        }
      }
      Thread.sleep(5);
    }
    action.run();
    return stats();
  }

  /** The same after a full GC, with the live heap. */
  public NodeStats statsWithHeap() {
    return ask("heap");
  }

  private NodeStats ask(String command) {
    commands.println(command);
    try {
      String line = answers.poll(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null || !line.startsWith(OperatorNodeMain.STATS)) {
        throw new IllegalStateException("the operator answered " + line + " to " + command + "; see " + log);
      }
      return json.readValue(line.substring(OperatorNodeMain.STATS.length()), NodeStats.class);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    commands.println("stop");
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
