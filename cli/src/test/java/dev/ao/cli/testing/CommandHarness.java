package dev.ao.cli.testing;

import dev.ao.cli.Cli;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Environment;
import dev.ao.cli.support.KubeconfigConnector;
import dev.ao.cli.support.Terminal;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * Runs `ao` in-process the way a user does — through the real kubeconfig connector, against the
 * Kubernetes API as a real HTTP server — and captures stdout, stderr and the exit code.
 */
public final class CommandHarness implements AutoCloseable {
  public static final String NAMESPACE = "team-a";

  private final TestCluster cluster;
  private final Path home;
  private final Map<String, String> env = new HashMap<>();
  private Terminal terminal = Terminal.none();
  private InputStream stdin = new ByteArrayInputStream(new byte[0]);
  private Path workingDirectory;
  private final ExecutorService background = Executors.newCachedThreadPool();

  private CommandHarness(TestCluster cluster) {
    this.cluster = cluster;
    try {
      this.home = Files.createTempDirectory("ao-cli-home");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.workingDirectory = home;
    env.put("HOME", home.toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    if (cluster != null) {
      env.put("KUBECONFIG", writeKubeconfig(cluster.url()).toString());
    }
  }

  /** An API server with the Session and Project CRDs installed. */
  public static CommandHarness withCluster() {
    return new CommandHarness(TestCluster.start(true));
  }

  /** An API server without our CRDs. */
  public static CommandHarness withoutCrds() {
    return new CommandHarness(TestCluster.start(false));
  }

  /** No cluster and no kubeconfig at all. */
  public static CommandHarness withoutKubeconfig() {
    return new CommandHarness(null);
  }

  public KubernetesClient client() {
    return cluster.client();
  }

  public Fixtures fixtures() {
    return new Fixtures(cluster.client(), NAMESPACE);
  }

  public Path home() {
    return home;
  }

  public CommandHarness env(String name, String value) {
    if (value == null) {
      env.remove(name);
    } else {
      env.put(name, value);
    }
    return this;
  }

  public CommandHarness terminal(Terminal terminal) {
    this.terminal = terminal;
    return this;
  }

  public CommandHarness stdin(String text) {
    this.stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public CommandHarness workingDirectory(Path dir) {
    this.workingDirectory = dir;
    return this;
  }

  /** Writes a kubeconfig whose current context points at the given server, with namespace team-a. */
  public Path writeKubeconfig(String server) {
    String yaml = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: test
          cluster:
            server: %s
        contexts:
        - name: test
          context:
            cluster: test
            user: tester
            namespace: %s
        current-context: test
        users:
        - name: tester
          user:
            token: not-a-real-token
        """.formatted(server, NAMESPACE);
    try {
      Path file = Files.createTempFile(home, "kubeconfig", ".yaml");
      Files.writeString(file, yaml);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = commandLine(out, err).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Starts a long-running command (status -w) in the background. */
  public Running start(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = commandLine(out, err);
    Future<Integer> code = background.submit(() -> cmd.execute(args));
    return new Running(code, out, err);
  }

  private CommandLine commandLine(StringWriter out, StringWriter err) {
    Environment environment = new Environment(Map.copyOf(env), workingDirectory, terminal, stdin, Clock.systemUTC());
    CommandLine cmd = Cli.create(CliContext.of(new KubeconfigConnector(environment), environment));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd;
  }

  @Override
  public void close() {
    background.shutdownNow();
    if (cluster != null) {
      cluster.close();
    }
  }

  /** What the user saw. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** A command running in the background; stop() interrupts it as Ctrl-C would end it. */
  public static final class Running {
    private final Future<Integer> code;
    private final StringWriter out;
    private final StringWriter err;

    Running(Future<Integer> code, StringWriter out, StringWriter err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    public String out() {
      return out.toString();
    }

    public String err() {
      return err.toString();
    }

    public Result stop() {
      code.cancel(true);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Result(-1, out.toString(), err.toString());
    }

    public Result await(long seconds) throws Exception {
      int exit = code.get(seconds, TimeUnit.SECONDS);
      return new Result(exit, out.toString(), err.toString());
    }
  }
}
