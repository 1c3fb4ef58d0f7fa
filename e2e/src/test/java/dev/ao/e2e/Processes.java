package dev.ao.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command line the way a user would type it, failing with its output when it fails. */
final class Processes {
  private Processes() {}

  static String run(Duration timeout, String... command) throws IOException, InterruptedException {
    Result r = exec(timeout, List.of(command), null);
    if (r.exitCode != 0) {
      throw new AssertionError(String.join(" ", command) + " exited " + r.exitCode + ":\n" + r.output);
    }
    return r.output;
  }

  record Result(int exitCode, String output) {}

  static Result exec(Duration timeout, List<String> command, java.util.Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (env != null) {
      pb.environment().putAll(env);
    }
    Process p = pb.start();
    p.getOutputStream().close();
    byte[][] out = new byte[1][];
    Thread reader = new Thread(() -> {
      try {
        out[0] = p.getInputStream().readAllBytes();
      } catch (IOException e) {
        out[0] = new byte[0];
      }
    });
    reader.start();
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      reader.join(5_000);
      throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s");
    }
    reader.join(5_000);
    return new Result(p.exitValue(), new String(out[0] == null ? new byte[0] : out[0], StandardCharsets.UTF_8));
  }
}
