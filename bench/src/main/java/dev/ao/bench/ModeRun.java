package dev.ao.bench;

import dev.ao.bench.github.ChangeDriver;
import dev.ao.bench.github.GitHubWorld;
import dev.ao.bench.kube.ApiRequests;
import dev.ao.bench.kube.BenchObjects;
import dev.ao.bench.kube.Expectation;
import dev.ao.bench.kube.KubeApi;
import dev.ao.bench.kube.Kubelet;
import dev.ao.bench.kube.SessionWatch;
import dev.ao.bench.kube.SpawnClock;
import dev.ao.bench.operator.NodeStats;
import dev.ao.bench.operator.OperatorProcess;
import dev.ao.bench.operator.PollingMode;
import dev.ao.bench.report.ApiRates;
import dev.ao.bench.report.CycleFigures;
import dev.ao.bench.report.ModeResult;
import dev.ao.bench.report.Percentiles;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.api.SimulatorStats;
import dev.ao.sim.control.SimulatorControl;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * One polling mode, start to finish, on a fresh world: API server (or a fresh namespace on a cluster), GitHub
 * simulator, Projects and N Sessions with PRs in mixed states, the operator in its own JVM watching that namespace. Once every Session's status shows its PR, it measures a window
 * in which nothing changes at GitHub, then a window of changes at the set rate.
 */
final class ModeRun {
  private static final double MIB = 1024 * 1024;
  private static final Duration BOUNDARY_PATIENCE = Duration.ofSeconds(30);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
  private final BenchSettings settings;
  private final PollingMode mode;
  private final PrintStream log;
  private String apiServer = "";

  ModeRun(BenchSettings settings, PollingMode mode, PrintStream log) {
    this.settings = settings;
    this.mode = mode;
    this.log = log;
  }

  /** What the run's API was, once {@link #run()} has opened it. */
  String apiServer() {
    return apiServer;
  }

  ModeResult run() throws Exception {
    String namespace = BenchObjects.freshNamespace(new java.security.SecureRandom());
    try (KubeApi kube = settings.api().open(namespace, settings.crdDir(), log); GitHubSimulator sim = GitHubSimulator.start()) {
      apiServer = kube.description();
      step("API: %s; namespace %s", apiServer, namespace);
      SimulatorControl github = sim.control();
      step("creating %d branches and PRs in %d repositories", settings.sessions(), settings.repos());
      GitHubWorld world = GitHubWorld.create(github, settings.repos(), settings.sessions(), new SplittableRandom(settings.seed()));
      KubernetesClient client = kube.client();
      BenchObjects.namespace(client, namespace, GitHubWorld.OPERATOR_TOKEN);
      for (String repo : world.repos()) {
        client.resource(BenchObjects.project(namespace, repo, sim.cloneUrl(GitHubWorld.OWNER, repo), sim.apiUrl(), settings.pollInterval())).create();
      }
      SpawnClock spawn = new SpawnClock();
      String logName = "operator-" + mode.label() + "-" + settings.sessions() + "-" + settings.api().label() + ".log";
      try (SessionWatch watch = new SessionWatch(client, namespace);
          Kubelet kubelet = new Kubelet(client, namespace, spawn::podCreated);
          OperatorProcess operator = OperatorProcess.start(kube.operatorConnection(), namespace, mode, settings.operatorJvm(),
              settings.workDir().resolve(logName))) {
        operator.awaitReady(Duration.ofMinutes(2));
        step("operator started (pid %d, log %s); creating %d Sessions", operator.pid(), settings.workDir().resolve(logName), settings.sessions());
        createSessions(client, namespace, world, spawn);
        awaitSteady(world, watch, spawn);
        return measure(github, world, watch, operator, spawn, kube);
      }
    }
  }

  private void createSessions(KubernetesClient client, String namespace, GitHubWorld world, SpawnClock spawn) {
    world.branches().forEach(w -> {
      spawn.creating(w.session());
      client.resource(BenchObjects.session(namespace, w.session(), w.repo(), w.branch())).create();
    });
  }

  private void awaitSteady(GitHubWorld world, SessionWatch watch, SpawnClock spawn) throws InterruptedException {
    Duration timeout = Duration.ofMinutes(3).plusMillis(200L * settings.sessions());
    long[] lastReport = {System.nanoTime()};
    boolean steady = await(timeout, Duration.ofMillis(500), () -> {
      long shown = world.branches().stream().filter(w -> w.shownBy(watch.status(w.session()))).count();
      if (shown == settings.sessions() || System.nanoTime() - lastReport[0] >= PROGRESS_EVERY.toNanos()) {
        lastReport[0] = System.nanoTime();
        step("%d/%d pods, %d/%d Sessions show their PR", spawn.podsSeen(), settings.sessions(), shown, settings.sessions());
      }
      return shown == settings.sessions();
    });
    if (!steady) {
      throw new IllegalStateException("Sessions did not reach their PR states within " + timeout.toSeconds() + " s");
    }
  }

  private ModeResult measure(SimulatorControl github, GitHubWorld world, SessionWatch watch, OperatorProcess operator, SpawnClock spawn,
      KubeApi kube) throws InterruptedException {
    // The reconciles and status writes that brought the Sessions to their PR states drain first.
    Thread.sleep(settings.pollInterval().toMillis());
    step("quiet window: %d poll cycles and at least %d s with nothing changing", settings.quietCycles(), settings.quietAtLeast().toSeconds());
    NodeStats q0 = operator.betweenPolls(github::resetStats, BOUNDARY_PATIENCE);
    ApiRequests apiQ0 = kube.requests();
    long quietPolls = (long) settings.quietCycles() * settings.repos();
    long quietUntil = System.nanoTime() + settings.quietAtLeast().toNanos();
    await(settings.pollInterval().multipliedBy(settings.quietCycles() * 4L).plus(settings.quietAtLeast()), Duration.ofMillis(250),
        () -> operator.stats().repositoryPolls() - q0.repositoryPolls() >= quietPolls && System.nanoTime() >= quietUntil);
    AtomicReference<SimulatorStats> quiet = new AtomicReference<>();
    NodeStats q1 = operator.betweenPolls(() -> quiet.set(github.stats()), BOUNDARY_PATIENCE);
    ApiRequests apiQ1 = kube.requests();
    NodeStats quietHeap = operator.statsWithHeap();

    step("load window: %.1f changes/s for %d s", settings.changesPerSecond(), settings.load().toSeconds());
    NodeStats l0 = operator.betweenPolls(github::resetStats, BOUNDARY_PATIENCE);
    ApiRequests apiL0 = kube.requests();
    List<Expectation> changes = new ChangeDriver(github, world, watch, new SplittableRandom(settings.seed() + 1))
        .run(settings.load(), settings.changesPerSecond());
    AtomicReference<SimulatorStats> load = new AtomicReference<>();
    NodeStats l1 = operator.betweenPolls(() -> load.set(github.stats()), BOUNDARY_PATIENCE);
    ApiRequests apiL1 = kube.requests();
    await(settings.grace(), Duration.ofMillis(500), () -> watch.awaitingCount() == 0);
    NodeStats loadHeap = operator.statsWithHeap();
    changes.stream().filter(e -> !e.seen()).forEach(e -> step("not seen within %d s: %s on %s", settings.grace().toSeconds(), e.change(), e.session()));

    CycleFigures quietFigures = CycleFigures.of(quiet.get(), q1.repositoryPolls() - q0.repositoryPolls(), settings.repos());
    CycleFigures loadFigures = CycleFigures.of(load.get(), l1.repositoryPolls() - l0.repositoryPolls(), settings.repos());
    List<Double> latencies = new ArrayList<>();
    changes.stream().filter(Expectation::seen).forEach(e -> latencies.add(e.latencyMillis()));
    double quietSeconds = (q1.uptimeNanos() - q0.uptimeNanos()) / 1e9;
    double loadSeconds = (l1.uptimeNanos() - l0.uptimeNanos()) / 1e9;
    // Windows open and close between polls, so they hold whole polls but not whole cycles of time: cycle length is
    // measured per repository instead, and CPU per cycle derived from it.
    double quietCycle = cycleSeconds(q0, q1);
    double loadCycle = cycleSeconds(l0, l1);
    double quietCores = (double) (q1.cpuNanos() - q0.cpuNanos()) / (q1.uptimeNanos() - q0.uptimeNanos());
    double loadCores = (double) (l1.cpuNanos() - l0.cpuNanos()) / (l1.uptimeNanos() - l0.uptimeNanos());
    return new ModeResult(
        mode.label(),
        quietFigures,
        loadFigures,
        changes.size(),
        Percentiles.of(latencies),
        changes.size() - latencies.size(),
        Percentiles.of(spawn.latenciesMillis()),
        Math.max(quietHeap.heapAfterGcBytes(), loadHeap.heapAfterGcBytes()) / MIB,
        quietCycle,
        loadCycle,
        quietCores * quietCycle,
        loadCores * loadCycle,
        quietCores,
        loadCores,
        quietSeconds,
        loadSeconds,
        (q1.sessionReconciles() + q1.projectReconciles() - q0.sessionReconciles() - q0.projectReconciles()) / quietSeconds,
        (l1.sessionReconciles() + l1.projectReconciles() - l0.sessionReconciles() - l0.projectReconciles()) / loadSeconds,
        (l1.scmReadNanos() - l0.scmReadNanos()) / 1e9 / loadFigures.cycles(),
        loadHeap.reconcileFailures(),
        ApiRates.between(apiQ0, apiQ1),
        ApiRates.between(apiL0, apiL1));
  }

  private static double cycleSeconds(NodeStats from, NodeStats to) {
    long gaps = to.pollGaps() - from.pollGaps();
    return gaps == 0 ? Double.NaN : (to.pollGapNanos() - from.pollGapNanos()) / 1e9 / gaps;
  }

  /** Polls {@code done} until it holds or the timeout passes; true when it held. */
  private static boolean await(Duration timeout, Duration every, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (done.getAsBoolean()) {
        return true;
      }
      Thread.sleep(every.toMillis());
    }
    return done.getAsBoolean();
  }

  private void step(String format, Object... args) {
    log.printf("[%s, %s] %s%n", mode.label(), settings.api().label(), String.format(java.util.Locale.ROOT, format, args));
  }
}
