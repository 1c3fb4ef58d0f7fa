package dev.ao.cli;

import dev.ao.cli.support.ExitCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ao local up|down|status|demo}: local mode runs in its own JVM (the embedded API server,
 * the executor and the operator are heavy), so the CLI stays small and starts fast.
 */
@Command(
    name = "local",
    description = {
      "Run the whole product on this machine, without a cluster.",
      "  up      embedded Kubernetes API on 127.0.0.1, the operator and a local executor (Ctrl-C stops; state kept in ~/.ao/local)",
      "  down    stop a running `ao local up`",
      "  status  is it running, where, what are its Sessions doing",
      "  demo    a self-contained SIMULATION of the whole loop (no accounts or keys)",
      "Options after the verb go to local mode, e.g. `ao local up --port 6444 --data-dir DIR`."
    })
public final class LocalCommand implements Callable<Integer> {
  static final String JAR_PROPERTY = "ao.local.jar";
  static final String RELATIVE = "runtime-images/local/target/ao-local.jar";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<verb>", description = "up, down, status or demo")
  String verb;

  @Unmatched List<String> rest = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("up", "down", "status", "demo").contains(verb)) {
      err.println("ao local: unknown verb \"" + verb + "\"; use up, down, status or demo");
      return ExitCodes.USER_ERROR;
    }
    Path jar = localJar();
    if (jar == null || !Files.isRegularFile(jar)) {
      err.println("ao local: local mode is not built (" + (jar == null ? RELATIVE : jar) + "); build it with `mvn -B -q install -DskipTests`"
          + " in the repository, or set AO_LOCAL_JAR");
      return ExitCodes.USER_ERROR;
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), verb));
    command.addAll(rest);
    Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
    Thread out = pump(p.getInputStream(), spec.commandLine().getOut());
    Thread errors = pump(p.getErrorStream(), err);
    int code = p.waitFor();
    out.join();
    errors.join();
    return code;
  }

  private static Thread pump(InputStream in, PrintWriter to) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          to.println(line);
          to.flush();
        }
      } catch (IOException e) {
        // the child closed its stream
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** AO_LOCAL_JAR, the ao.local.jar property, or the build output of the repository this CLI runs from. */
  static Path localJar() {
    String explicit = System.getenv("AO_LOCAL_JAR");
    if (explicit == null || explicit.isBlank()) {
      explicit = System.getProperty(JAR_PROPERTY);
    }
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    try {
      for (Path dir = Path.of(LocalCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()); dir != null; dir = dir.getParent()) {
        if (Files.isRegularFile(dir.resolve(RELATIVE))) {
          return dir.resolve(RELATIVE);
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
    return null;
  }
}
