package dev.ao.bench;

import dev.ao.bench.kube.ApiChoice;
import dev.ao.bench.operator.PollingMode;
import dev.ao.bench.report.ModeResult;
import dev.ao.bench.report.ResultFiles;
import dev.ao.bench.report.ResultTable;
import dev.ao.bench.report.RunResult;
import dev.ao.bench.report.SideBySide;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar bench/target/ao-bench.jar --sessions 1000 --repos 10}: see bench/README.md. */
@Command(name = "ao-bench", mixinStandardHelpOptions = true,
    description = "N Sessions on one operator against a Kubernetes API (Fabric8's mock server, or the cluster of a kubeconfig) and the "
        + "GitHub simulator, the product's shared poller side by side with per-Session polling.")
public final class BenchMain implements Callable<Integer> {
  @Option(names = "--sessions", defaultValue = "1000", description = "Sessions (N), default ${DEFAULT-VALUE}")
  int sessions;

  @Option(names = "--repos", defaultValue = "10", description = "repositories (R), one Project each, default ${DEFAULT-VALUE}")
  int repos;

  @Option(names = "--poll-interval", defaultValue = "10", description = "Project poll interval in seconds, default ${DEFAULT-VALUE}")
  int pollSeconds;

  @Option(names = "--change-rate", defaultValue = "1.0", description = "SCM changes per second in the load window, default ${DEFAULT-VALUE}")
  double changesPerSecond;

  @Option(names = "--load-seconds", defaultValue = "90", description = "length of the load window, default ${DEFAULT-VALUE}")
  int loadSeconds;

  @Option(names = "--quiet-cycles", defaultValue = "3", description = "poll cycles measured with nothing changing, default ${DEFAULT-VALUE}")
  int quietCycles;

  @Option(names = "--quiet-seconds", defaultValue = "60",
      description = "at least this long with nothing changing, default the operator's resync period, ${DEFAULT-VALUE}")
  int quietSeconds;

  @Option(names = "--modes", defaultValue = "shared,per-session", split = ",",
      description = "polling modes to run, in order: shared (the product), per-session (Agent Orchestrator's way); default ${DEFAULT-VALUE}")
  List<String> modes;

  @Option(names = "--seed", defaultValue = "42", description = "random seed for PR states and changes, default ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--results", description = "where the CSV/JSON/Markdown go, default bench/results")
  Path results;

  @Option(names = "--work-dir", description = "operator logs and recordings, default bench/target/bench-work")
  Path workDir;

  @Option(names = "--operator-jvm", defaultValue = "-Xmx384m -XX:+UseSerialGC",
      description = "the operator JVM's options, default the Helm chart's pod: ${DEFAULT-VALUE}")
  String operatorJvm;

  @Option(names = "--api", split = ",",
      description = "Kubernetes APIs to run against, in order: mock (Fabric8's mock server), kubeconfig (the cluster of --kubeconfig, "
          + "a fresh namespace per polling mode); default kubeconfig when --kubeconfig is given, else mock. Both: a side-by-side table too")
  List<String> apis;

  @Option(names = "--kubeconfig", description = "the cluster for --api kubeconfig (its current context; default $KUBECONFIG)")
  Path kubeconfig;

  @Option(names = "--jfr", description = "record the operator with Java Flight Recorder (profile settings) into the work directory")
  boolean jfr;

  /** Kept: JUL forgets the level of a logger nobody references. */
  private static final List<java.util.logging.Logger> QUIETED = new ArrayList<>();

  public static void main(String[] args) {
    // The mock API server logs every request at INFO; thousands a second would cost the benchmark its own CPU.
    System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    for (String noisy : List.of("io.fabric8.mockwebserver", "io.fabric8.kubernetes.client")) {
      java.util.logging.Logger logger = java.util.logging.Logger.getLogger(noisy);
      logger.setLevel(java.util.logging.Level.WARNING);
      QUIETED.add(logger);
    }
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path benchDir = benchDirectory();
    Path resultsDir = results != null ? results : benchDir.resolve("results");
    Path work = workDir != null ? workDir : benchDir.resolve("target").resolve("bench-work");
    Files.createDirectories(work);
    Path crdDir = benchDir.resolveSibling("helm").resolve("agent-orchestrator").resolve("crds");
    List<ApiChoice> chosen = apiChoices();
    for (ApiChoice api : chosen) {
      Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      List<ModeResult> measured = new ArrayList<>();
      String apiServer = "";
      for (String label : modes) {
        PollingMode mode = PollingMode.of(label.strip());
        BenchSettings settings = new BenchSettings(sessions, repos, Duration.ofSeconds(pollSeconds), changesPerSecond, Duration.ofSeconds(loadSeconds),
            quietCycles, Duration.ofSeconds(quietSeconds), seed, work, jvmOptions(mode, api, work), api, Files.isDirectory(crdDir) ? crdDir : null);
        ModeRun modeRun = new ModeRun(settings, mode, System.out);
        measured.add(modeRun.run());
        apiServer = modeRun.apiServer();
      }
      RunResult run = new RunResult(started.toString(), sessions, repos, pollSeconds, changesPerSecond, loadSeconds, quietCycles, quietSeconds,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
          operatorJvm, measured, api.label(), apiServer);
      System.out.println();
      System.out.println(ResultTable.markdown(run));
      System.out.println("written: " + ResultFiles.write(run, resultsDir).toAbsolutePath() + " (and .json, .md)");
      SideBySide.writeIfComplete(run, resultsDir).ifPresent(p -> System.out.println("side by side: " + p.toAbsolutePath()));
    }
    return 0;
  }

  private List<ApiChoice> apiChoices() {
    Path config = kubeconfig;
    if (config == null && System.getenv("KUBECONFIG") != null && !System.getenv("KUBECONFIG").isBlank()) {
      config = Path.of(System.getenv("KUBECONFIG").split(java.io.File.pathSeparator)[0]);
    }
    List<String> labels = apis != null && !apis.isEmpty() ? apis : List.of(kubeconfig != null ? ApiChoice.KUBECONFIG : ApiChoice.MOCK);
    List<ApiChoice> out = new ArrayList<>();
    for (String label : labels) {
      ApiChoice choice;
      try {
        choice = ApiChoice.of(label, config);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
      }
      if (choice.kubeconfig() != null && !Files.isReadable(choice.kubeconfig())) {
        throw new CommandLine.ParameterException(new CommandLine(this), "cannot read the kubeconfig " + choice.kubeconfig());
      }
      out.add(choice);
    }
    return out;
  }

  private List<String> jvmOptions(PollingMode mode, ApiChoice api, Path work) {
    List<String> options = new ArrayList<>(Arrays.asList(operatorJvm.trim().split("\\s+")));
    if (jfr) {
      Path recording = work.resolve("operator-" + mode.label() + "-" + sessions + "-" + api.label() + ".jfr").toAbsolutePath();
      options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
    }
    return options;
  }

  /** bench/ of this checkout: the jar lives in bench/target; elsewhere, ./bench. */
  private static Path benchDirectory() {
    try {
      Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (jar.getParent() != null && jar.getParent().getFileName().toString().equals("target")) {
        return jar.getParent().getParent();
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // fall through to the working directory
    }
    return Path.of("bench").toAbsolutePath();
  }
}
