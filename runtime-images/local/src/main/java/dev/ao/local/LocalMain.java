package dev.ao.local;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.local.supervise.BuiltJars;
import dev.ao.local.supervise.LocalUp;
import dev.ao.local.supervise.PidFile;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ao local up|down|status}: the whole product on one machine, without a cluster. */
@Command(name = "ao-local", mixinStandardHelpOptions = true, subcommands = {LocalMain.Up.class, LocalMain.Down.class, LocalMain.Status.class, LocalMain.Demo.class},
    description = "Run agent-orchestrator on this machine: an embedded Kubernetes API, the operator and a local executor.")
public final class LocalMain {
  public static final int DEFAULT_PORT = 6444;

  // Held so the logger (and its level) is not garbage collected.
  private static final java.util.logging.Logger MOCK_SERVER_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  public static void main(String[] args) {
    MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(new CommandLine(new LocalMain()).execute(args));
  }

  static class DataDir {
    @Option(names = "--data-dir", description = "State directory (default ~/.ao/local, or $AO_LOCAL_DIR).")
    Path dataDir;

    LocalPaths paths() {
      return dataDir == null ? LocalPaths.defaultRoot() : new LocalPaths(dataDir);
    }
  }

  @Command(name = "up", description = "Start local mode in the foreground; Ctrl-C stops everything and keeps the state.")
  static final class Up extends DataDir implements Callable<Integer> {
    @Option(names = "--port", description = "Port of the Kubernetes API on 127.0.0.1 (default ${DEFAULT-VALUE}).", defaultValue = "" + DEFAULT_PORT)
    int port;

    @Override
    public Integer call() throws Exception {
      LocalPaths paths = paths();
      LocalUp up;
      try {
        up = LocalUp.start(new LocalUp.Options(paths, port, BuiltJars.operator(), BuiltJars.runner()));
      } catch (IllegalStateException e) {
        System.err.println("ao local up: " + e.getMessage());
        return 1;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        up.close();
        stopped.countDown();
      }));
      System.out.println("[local] ready. Use it with:\n  export KUBECONFIG=" + paths.kubeconfig() + "\n  kubectl get projects,sessions\n"
          + "Stop with Ctrl-C or `ao local down`; state is kept in " + paths.root());
      while (up.operatorAlive()) {
        Thread.sleep(1000);
      }
      System.err.println("ao local up: the operator exited; see " + paths.operatorLog());
      return 2;
    }
  }

  @Command(name = "demo", description = "A self-contained SIMULATION of the whole loop: no accounts, no keys, no cluster. Exits 0 when every Session reached Done.")
  static final class Demo implements Callable<Integer> {
    @Option(names = "--timeout", description = "Give up after this many seconds (default ${DEFAULT-VALUE}).", defaultValue = "300")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
      LocalPaths paths = dev.ao.local.demo.LocalDemo.freshPaths();
      var options = new LocalUp.Options(paths, dev.ao.local.demo.LocalDemo.freshPort(), BuiltJars.operator(), BuiltJars.runner());
      try {
        var result = dev.ao.local.demo.LocalDemo.run(options, java.time.Duration.ofSeconds(timeoutSeconds), System.out);
        System.out.println(result.allDone() ? "\nDemo complete: every Session reached Done." : "\nDemo did not finish in time; logs in " + paths.root());
        return result.allDone() ? 0 : 1;
      } catch (IllegalStateException e) {
        System.err.println("ao local demo: " + e.getMessage());
        return 1;
      }
    }
  }

  @Command(name = "down", description = "Stop a running `ao local up` (its state is kept).")
  static final class Down extends DataDir implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      Optional<Long> pid = PidFile.running(paths().pidFile());
      if (pid.isEmpty()) {
        System.out.println("local mode is not running");
        return 0;
      }
      ProcessHandle handle = ProcessHandle.of(pid.get()).orElseThrow();
      handle.destroy();
      handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      System.out.println("stopped local mode (pid " + pid.get() + ")");
      return 0;
    }
  }

  @Command(name = "status", description = "Is local mode running, where, and what are its Sessions doing.")
  static final class Status extends DataDir implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      LocalPaths paths = paths();
      Optional<Long> pid = PidFile.running(paths.pidFile());
      if (pid.isEmpty()) {
        System.out.println("local mode is not running (data directory " + paths.root() + ")");
        return 3;
      }
      System.out.println("local mode is running (pid " + pid.get() + ")");
      System.out.println("kubeconfig: " + paths.kubeconfig());
      if (Files.exists(paths.kubeconfig())) {
        Config config = Config.fromKubeconfig(Files.readString(paths.kubeconfig()));
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
          Map<String, Integer> phases = new TreeMap<>();
          client.resources(Session.class).inAnyNamespace().list().getItems().forEach(s ->
              phases.merge(s.getStatus() == null || s.getStatus().phase == null ? "Pending" : s.getStatus().phase.name(), 1, Integer::sum));
          System.out.println("api: " + config.getMasterUrl());
          System.out.println("sessions: " + (phases.isEmpty() ? "none" : phases));
        }
      }
      return 0;
    }
  }
}
