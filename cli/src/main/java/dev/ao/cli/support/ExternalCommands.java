package dev.ao.cli.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs another program (kubectl) for attach and logs. With a terminal the child gets it directly,
 * so `exec -it` and Ctrl-C work; without one its output is copied to the command's own writers.
 */
public final class ExternalCommands {
  private final Environment env;

  public ExternalCommands(Environment env) {
    this.env = env;
  }

  /** kubectl from PATH, or a user error saying how to get it. */
  public Path kubectl() {
    return env.which("kubectl").orElseThrow(() -> CliException.userError(
        "kubectl is not on PATH; ao session attach and logs run it. Install it"
            + " (https://kubernetes.io/docs/tasks/tools/) or add its directory to PATH."));
  }

  /** Runs the program to completion and returns its exit code. */
  public int run(List<String> argv, PrintWriter out, PrintWriter err) {
    ProcessBuilder pb = new ProcessBuilder(argv);
    pb.environment().clear();
    pb.environment().putAll(env.variables());
    boolean tty = env.terminal().interactive();
    if (tty) {
      pb.inheritIO();
    }
    try {
      Process process = pb.start();
      if (!tty) {
        process.getOutputStream().close();
        List<Thread> pumps = new ArrayList<>();
        pumps.add(pump(process.getInputStream(), out));
        pumps.add(pump(process.getErrorStream(), err));
        int code = process.waitFor();
        for (Thread t : pumps) {
          t.join();
        }
        return code;
      }
      return process.waitFor();
    } catch (IOException e) {
      throw CliException.userError("Cannot run " + argv.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.OK;
    }
  }

  private static Thread pump(InputStream in, PrintWriter to) {
    Thread t = new Thread(() -> {
      try (in) {
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
          synchronized (to) {
            to.print(new String(buf, 0, n, StandardCharsets.UTF_8));
            to.flush();
          }
        }
      } catch (IOException ignored) {
        // The child closed its end; nothing more to copy.
      }
    }, "ao-pump");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
