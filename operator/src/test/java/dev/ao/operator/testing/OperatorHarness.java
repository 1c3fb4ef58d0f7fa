package dev.ao.operator.testing;

import dev.ao.operator.OperatorBeans;
import dev.ao.operator.OperatorConfig;
import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.agent.BuiltInAgentProfiles;
import dev.ao.operator.events.EventRecorder;
import dev.ao.operator.metrics.OperatorMetrics;
import dev.ao.operator.project.ProjectReconciler;
import dev.ao.operator.project.SecretChecker;
import dev.ao.operator.session.BranchRegistry;
import dev.ao.operator.session.SessionReconciler;
import dev.ao.operator.session.SessionResources;
import dev.ao.operator.status.StatusWriter;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.javaoperatorsdk.operator.Operator;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;

/**
 * The Kubernetes API as a real HTTP server (Fabric8's mock server in CRUD mode, with our CRDs
 * registered) and the operator's reconcilers running against it in a JOSDK Operator that a test
 * can stop and start again, as a restart of the operator process would.
 */
public final class OperatorHarness implements AutoCloseable {
  /** User-Agent of every request the operator under test makes. */
  public static final String OPERATOR_USER_AGENT = "agent-orchestrator-operator-under-test";
  private final KubernetesMockServer server;
  private final KubernetesClient client;
  private final OperatorConfig config;
  private OperatorMetrics metrics;
  private Operator operator;

  public OperatorHarness(OperatorConfig config) {
    this.config = config;
    this.server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(List.of()), false);
    server.init();
    this.client = server.createClient();
    installCrds();
  }

  public KubernetesClient client() {
    return client;
  }

  /** A client for test steps that is not the operator's (the operator's is closed on stop). */
  public KubernetesMockServer server() {
    return server;
  }

  /** The running operator's metrics (a fresh registry per start, as a restarted process would have). */
  public synchronized OperatorMetrics metrics() {
    return metrics;
  }

  public synchronized void start() {
    // The operator's requests carry their own User-Agent, so a test can tell them from its own.
    KubernetesClient operatorClient = server.createClient(b -> b.editOrNewConfig().withUserAgent(OPERATOR_USER_AGENT).endConfig());
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
                    .withReconciliationTerminationTimeout(Duration.ofSeconds(5)));
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

  private void installCrds() {
    for (String name : List.of("sessions", "projects")) {
      String path = "/META-INF/fabric8/" + name + ".agent-orchestrator.io-v1.yml";
      try (InputStream in = OperatorHarness.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " not on the classpath: build the crds module first");
        }
        CustomResourceDefinition crd = client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    stop();
    client.close();
    server.destroy();
  }
}
