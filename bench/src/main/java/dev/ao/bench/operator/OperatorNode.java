package dev.ao.bench.operator;

import dev.ao.bench.baseline.PerSessionPollingScmClient;
import dev.ao.bench.kube.KubeApi;
import dev.ao.operator.OperatorBeans;
import dev.ao.operator.OperatorConfig;
import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.agent.BuiltInAgentProfiles;
import dev.ao.operator.events.EventRecorder;
import dev.ao.operator.metrics.OperatorMetrics;
import dev.ao.operator.project.ProjectReconciler;
import dev.ao.operator.project.SecretChecker;
import dev.ao.operator.scm.ScmClient;
import dev.ao.operator.scm.github.GitHubHttp;
import dev.ao.operator.scm.github.GitHubScmClient;
import dev.ao.operator.session.BranchRegistry;
import dev.ao.operator.session.SessionReconciler;
import dev.ao.operator.session.SessionResources;
import dev.ao.operator.status.StatusWriter;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import java.time.Clock;
import java.time.Duration;

/**
 * The operator's reconcilers in a JOSDK Operator built by hand, as the operator's test harness builds it and as
 * QOSDK wires it in production (same Wiring, same reconcilers, production defaults), with two benchmark-only
 * additions: the SCM client chosen by {@link PollingMode}, and counters for poll cycles and reconciles.
 */
public final class OperatorNode implements AutoCloseable {
  private final Operator operator;
  private final PollCycleCounter polls;
  private final ReconcileCounter reconciles;
  private final ProcessFigures figures = new ProcessFigures();
  private final long startedNanos = System.nanoTime();

  private OperatorNode(Operator operator, PollCycleCounter polls, ReconcileCounter reconciles) {
    this.operator = operator;
    this.polls = polls;
    this.reconciles = reconciles;
  }

  /**
   * @param api the API server's URL, or {@code kubeconfig}: the kubeconfig the {@code KUBECONFIG} environment variable
   *     names, read by Fabric8 as the product's client reads it
   * @param namespace the only namespace the controllers watch (QUARKUS_OPERATOR_SDK_NAMESPACES in production)
   */
  public static OperatorNode start(String api, PollingMode mode, String namespace) {
    Config config = KubeApi.OperatorConnection.KUBECONFIG.equals(api)
        ? Config.autoConfigure(null)
        : new ConfigBuilder(Config.empty()).withMasterUrl(api).withTrustCerts(true).build();
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    Clock clock = Clock.systemUTC();
    OperatorConfig settings = new BenchOperatorConfig();
    OperatorMetrics metrics = new OperatorMetrics(clock);
    ReconcileCounter reconciles = new ReconcileCounter(metrics.reconciles());
    GitHubHttp http = new GitHubHttp(clock, metrics.github());
    ScmClient github = mode == PollingMode.SHARED ? new GitHubScmClient(http) : new PerSessionPollingScmClient(http);
    PollCycleCounter polls = new PollCycleCounter(github);
    // The same settings QOSDK applies from application.properties: no server-side apply, reconcile on status changes.
    Operator operator = new Operator(o -> o.withKubernetesClient(client)
        .withMetrics(reconciles)
        .withCloseClientOnStop(true)
        .withSSABasedCreateUpdateMatchForDependentResources(false)
        .withUseSSAToPatchPrimaryResource(false)
        .withCacheSyncTimeout(Duration.ofMinutes(2))
        .withReconciliationTerminationTimeout(Duration.ofSeconds(5)));
    AgentResolver agents = new AgentResolver(BuiltInAgentProfiles.load(settings.imageRegistry(), settings.imageTag()));
    EventRecorder events = new EventRecorder(client);
    OperatorBeans.Wiring wiring = OperatorBeans.Wiring.create(client, events, clock, Duration.ofSeconds(2), metrics, polls);
    operator.register(new SessionReconciler(new SessionResources(client), events, agents, new BranchRegistry(), settings, wiring.lifecycle(),
        new StatusWriter(client), metrics.sessions()), c -> c.withGenerationAware(false).settingNamespace(namespace));
    operator.register(new ProjectReconciler(new SecretChecker(client), agents, events, wiring.poller(), wiring.router(), new StatusWriter(client)),
        c -> c.withGenerationAware(false).settingNamespace(namespace));
    operator.start();
    return new OperatorNode(operator, polls, reconciles);
  }

  /** Cumulative figures; {@code withHeap} runs a full GC first to measure the live heap (it costs CPU, so ask last). */
  public NodeStats stats(boolean withHeap) {
    long cpu = figures.cpuNanos();
    return new NodeStats(System.nanoTime() - startedNanos, cpu, reconciles.sessionReconciles(), reconciles.projectReconciles(),
        reconciles.failures(), polls.pollsFinished(), polls.pollsStarted(), polls.readNanos(),
        polls.pollGapNanos(), polls.pollGaps(), withHeap ? figures.heapAfterGc() : -1, figures.heapCommitted(),
        figures.liveThreads());
  }

  @Override
  public void close() {
    operator.stop();
  }
}
