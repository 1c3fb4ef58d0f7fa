package dev.ao.runner.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged {@code ao-runner.jar} run as its own JVM, exactly as the container runs it, with
 * stdout, stderr and the termination message captured for assertions.
 */
public final class RunnerJar implements AutoCloseable {
  private static final Pattern WRAPPER_OPTIONS = Pattern.compile("AO_RUNNER_JAVA_OPTS:=([^}\"]*)");
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private RunnerJar(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public static Path jar() {
    return Path.of(System.getProperty("ao.runner.jar", "target/ao-runner.jar")).toAbsolutePath();
  }

  public static Path testClasses() {
    return Path.of(System.getProperty("ao.test.classes", "target/test-classes")).toAbsolutePath();
  }

  /** Starts {@code ao-runner <args>} with only {@code env} plus PATH (no inherited AO_ variables). */
  public static RunnerJar start(Path dir, Map<String, String> env, String... args) throws IOException {
    List<String> argv = new ArrayList<>(List.of(javaBinary()));
    argv.addAll(imageJvmOptions());
    argv.addAll(List.of("-jar", jar().toString()));
    argv.addAll(List.of(args));
    Files.createDirectories(dir);
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv("PATH"));
    builder.environment().put("LANG", "C.UTF-8");
    builder.environment().putAll(env);
    return new RunnerJar(builder.start(), out, err);
  }

  /** Runs to completion and returns the exit code. */
  public static Result run(Path dir, Map<String, String> env, Duration limit, String... args)
      throws IOException, InterruptedException {
    try (RunnerJar jar = start(dir, env, args)) {
      int code = jar.waitFor(limit);
      return new Result(code, jar.stdout(), jar.stderr());
    }
  }

  public record Result(int exitCode, String stdout, String stderr) {}

  public int waitFor(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("ao-runner did not finish within " + limit + "; stderr:\n" + stderr());
    }
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  /** Resident set size of the runner JVM, from /proc. */
  public long rssKiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid());
  }

  public String stdout() {
    return read(stdout);
  }

  public String stderr() {
    return read(stderr);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * The JVM options the image's wrapper script uses, so tests (and the memory figure they
   * report) run the runner as the container does.
   */
  public static List<String> imageJvmOptions() {
    try {
      Matcher m = WRAPPER_OPTIONS.matcher(Files.readString(Path.of("..", "base", "ao-runner")));
      if (!m.find()) {
        throw new IllegalStateException("no AO_RUNNER_JAVA_OPTS default in base/ao-runner");
      }
      return List.of(m.group(1).trim().split("\\s+"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy(); // SIGTERM: lets the runner's shutdown hook stop its tmux server
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
