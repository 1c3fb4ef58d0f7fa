package dev.ao.operator.testing;

import dev.ao.operator.LeaderElection;
import dev.ao.operator.OperatorBeans;
import dev.ao.operator.OperatorConfig;
import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.agent.BuiltInAgentProfiles;
import dev.ao.operator.chart.HelmChart;
import dev.ao.operator.events.EventRecorder;
import dev.ao.operator.metrics.OperatorMetrics;
import dev.ao.operator.project.ProjectReconciler;
import dev.ao.operator.project.SecretChecker;
import dev.ao.operator.session.BranchRegistry;
import dev.ao.operator.session.SessionReconciler;
import dev.ao.operator.session.SessionResources;
import dev.ao.operator.status.StatusWriter;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Kubernetes API as a real HTTP server ({@link TestApiServer}: Fabric8's mock server in CRUD mode,
 * or a real kube-apiserver with {@code -Dao.it.apiserver=real}) with our CRDs installed, and the
 * operator's reconcilers running against it in a JOSDK Operator that a test can stop and start again,
 * as a restart of the operator process would. On the real server the operator holds exactly the
 * Helm chart's permissions.
 */
public final class OperatorHarness implements AutoCloseable {
  /** User-Agent of every request the operator under test makes. */
  public static final String OPERATOR_USER_AGENT = "agent-orchestrator-operator-under-test";
  private final TestApiServer api;
  private final KubernetesClient client;
  private final OperatorConfig config;
  private OperatorMetrics metrics;
  private Operator operator;

  static {
    // A test waiting for status reads fields of a status the operator may not have written yet: until
    // the wait times out that is "not yet", not a failure (a timeout still reports the last exception).
    org.awaitility.Awaitility.ignoreExceptionByDefault(NullPointerException.class);
  }

  public OperatorHarness(OperatorConfig config) {
    this.config = config;
    this.api = TestApiServer.create();
    this.client = api.client();
  }

  public KubernetesClient client() {
    return client;
  }

  /** The API server the operator runs against. */
  public TestApiServer api() {
    return api;
  }

  /** The API requests the operator made since the last call. */
  public List<TestApiServer.ApiCall> operatorCalls() {
    return api.drainOperatorCalls();
  }

  /** The running operator's metrics (a fresh registry per start, as a restarted process would have). */
  public synchronized OperatorMetrics metrics() {
    return metrics;
  }

  public synchronized void start() {
    start(null);
  }

  /**
   * Starts the operator as one replica of several, electing its leader through the Lease {@code leaseName}
   * in the chart's release namespace as the Helm chart configures it ({@link LeaderElection}), under
   * the identity {@code identity}. One difference: losing the lease does not exit this JVM.
   */
  public synchronized void startElecting(String leaseName, String identity) {
    start(metrics -> LeaderElection.configuration(leaseName, Optional.of(HelmChart.NAMESPACE), metrics.leadership())
        .withIdentity(identity)
        .withExitOnStopLeading(false)
        .build());
  }

  private void start(Function<OperatorMetrics, LeaderElectionConfiguration> leaderElection) {
    // The operator's requests carry their own User-Agent, so a test can tell them from its own.
    KubernetesClient operatorClient = api.newOperatorClient(OPERATOR_USER_AGENT);
    OperatorMetrics startedMetrics = new OperatorMetrics(java.time.Clock.systemUTC());
    metrics = startedMetrics;
    operator =
        new Operator(
            o ->
                o.withKubernetesClient(operatorClient)
                    .withMetrics(startedMetrics.reconciles())
                    .withCloseClientOnStop(true)
                    .withSSABasedCreateUpdateMatchForDependentResources(false)
                    .withUseSSAToPatchPrimaryResource(false)
                    .withCacheSyncTimeout(Duration.ofSeconds(30))
                    .withReconciliationTerminationTimeout(Duration.ofSeconds(5))
                    .withLeaderElectionConfiguration(leaderElection == null ? null : leaderElection.apply(startedMetrics)));
    AgentResolver agents = new AgentResolver(BuiltInAgentProfiles.load(config.imageRegistry(), config.imageTag()));
    EventRecorder events = new EventRecorder(operatorClient);
    OperatorBeans.Wiring wiring =
        OperatorBeans.Wiring.create(operatorClient, events, java.time.Clock.systemUTC(), java.time.Duration.ofMillis(50), startedMetrics);
    operator.register(
        new SessionReconciler(new SessionResources(operatorClient), events, agents, new BranchRegistry(), config, wiring.lifecycle(),
            new StatusWriter(operatorClient), startedMetrics.sessions()),
        c -> c.withGenerationAware(false));
    operator.register(new ProjectReconciler(new SecretChecker(operatorClient), agents, events, wiring.poller(), wiring.router(),
        new StatusWriter(operatorClient)),
        c -> c.withGenerationAware(false));
    operator.start();
  }

  public synchronized void stop() {
    if (operator != null) {
      operator.stop();
      operator = null;
    }
  }

  @Override
  public void close() {
    stop();
    api.close();
  }
}
