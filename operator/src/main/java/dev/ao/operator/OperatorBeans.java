package dev.ao.operator;

import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.agent.BuiltInAgentProfiles;
import dev.ao.operator.events.EventRecorder;
import dev.ao.operator.lifecycle.MessageDelivery;
import dev.ao.operator.lifecycle.ReactionExecutor;
import dev.ao.operator.lifecycle.SessionLifecycle;
import dev.ao.operator.metrics.OperatorMetrics;
import dev.ao.operator.metrics.SessionMetrics;
import dev.ao.operator.notify.NotificationRouter;
import dev.ao.operator.runner.RunnerClient;
import dev.ao.operator.scm.ScmClient;
import dev.ao.operator.scm.ScmPoller;
import dev.ao.operator.scm.github.GitHubHttp;
import dev.ao.operator.scm.github.GitHubScmClient;
import dev.ao.operator.session.BranchRegistry;
import dev.ao.operator.tracker.IssueCache;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires the helpers the reconcilers share. The same graph is built by hand in tests ({@link Wiring}). */
public class OperatorBeans {
  @Produces
  @Singleton
  AgentResolver agentResolver(OperatorConfig config) {
    return new AgentResolver(BuiltInAgentProfiles.load(config.imageRegistry(), config.imageTag()));
  }

  @Produces
  @Singleton
  BranchRegistry branchRegistry() {
    return new BranchRegistry();
  }

  @Produces
  @Singleton
  OperatorMetrics operatorMetrics() {
    return new OperatorMetrics(Clock.systemUTC());
  }

  /** Replaces QOSDK's no-op default, so JOSDK reports reconcile timings and errors into our registry. */
  @Produces
  @Singleton
  Metrics josdkMetrics(OperatorMetrics metrics) {
    return metrics.reconciles();
  }

  @Produces
  @Singleton
  SessionMetrics sessionMetrics(OperatorMetrics metrics) {
    return metrics.sessions();
  }

  @Produces
  @Singleton
  Wiring wiring(KubernetesClient client, EventRecorder events, OperatorMetrics metrics) {
    return Wiring.create(client, events, Clock.systemUTC(), Duration.ofSeconds(2), metrics);
  }

  @Produces
  @Singleton
  SessionLifecycle sessionLifecycle(Wiring wiring) {
    return wiring.lifecycle();
  }

  @Produces
  @Singleton
  ScmPoller scmPoller(Wiring wiring) {
    return wiring.poller();
  }

  @Produces
  @Singleton
  NotificationRouter notificationRouter(Wiring wiring) {
    return wiring.router();
  }

  /** The lifecycle graph; built the same way by CDI and by tests so both run the same objects. */
  public record Wiring(ScmPoller poller, NotificationRouter router, SessionLifecycle lifecycle) {
    public static Wiring create(KubernetesClient client, EventRecorder events, Clock clock, Duration webhookBackoff, OperatorMetrics metrics) {
      return create(client, events, clock, webhookBackoff, metrics, new GitHubScmClient(new GitHubHttp(clock, metrics.github())));
    }

    /** The same graph over another SCM client: the benchmark swaps in a per-Session polling baseline and counts poll cycles. */
    public static Wiring create(KubernetesClient client, EventRecorder events, Clock clock, Duration webhookBackoff, OperatorMetrics metrics,
        ScmClient scm) {
      SecretValues secrets = new SecretValues(client, clock);
      metrics.github().budgetsFrom(scm::budgets);
      ScmPoller poller = new ScmPoller(scm, secrets, clock, new SplittableRandom());
      ExecutorService notifierThreads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "notifier");
        t.setDaemon(true);
        return t;
      });
      NotificationRouter router = new NotificationRouter(events, secrets, notifierThreads, webhookBackoff);
      router.onOutcome(metrics.notifications());
      MessageDelivery messages = new MessageDelivery(new RunnerClient(Duration.ofSeconds(60)));
      ReactionExecutor reactions = new ReactionExecutor(messages, router);
      reactions.onFired(metrics.reactions());
      SessionLifecycle lifecycle = new SessionLifecycle(poller, new RunnerClient(Duration.ofSeconds(60)), new IssueCache(secrets, clock), messages,
          reactions, clock);
      return new Wiring(poller, router, lifecycle);
    }
  }
}
