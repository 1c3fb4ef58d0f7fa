package dev.ao.operator;

import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.agent.BuiltInAgentProfiles;
import dev.ao.operator.events.EventRecorder;
import dev.ao.operator.lifecycle.MessageDelivery;
import dev.ao.operator.lifecycle.ReactionExecutor;
import dev.ao.operator.lifecycle.SessionLifecycle;
import dev.ao.operator.notify.NotificationRouter;
import dev.ao.operator.runner.RunnerClient;
import dev.ao.operator.scm.ScmPoller;
import dev.ao.operator.scm.github.GitHubHttp;
import dev.ao.operator.scm.github.GitHubScmClient;
import dev.ao.operator.session.BranchRegistry;
import dev.ao.operator.tracker.IssueCache;
import io.fabric8.kubernetes.client.KubernetesClient;
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
  SessionLifecycle sessionLifecycle(KubernetesClient client, EventRecorder events) {
    return Wiring.lifecycle(client, events, Clock.systemUTC(), Duration.ofSeconds(2));
  }

  /** Builds the lifecycle graph; shared by CDI and tests so both run the same objects. */
  public static final class Wiring {
    private Wiring() {}

    public static SessionLifecycle lifecycle(KubernetesClient client, EventRecorder events, Clock clock, Duration webhookBackoff) {
      SecretValues secrets = new SecretValues(client, clock);
      ScmPoller poller = new ScmPoller(new GitHubScmClient(new GitHubHttp(clock, result -> {})), secrets, clock, new SplittableRandom());
      ExecutorService notifierThreads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "notifier");
        t.setDaemon(true);
        return t;
      });
      NotificationRouter router = new NotificationRouter(events, secrets, notifierThreads, webhookBackoff);
      MessageDelivery messages = new MessageDelivery(new RunnerClient(Duration.ofSeconds(60)));
      return new SessionLifecycle(poller, new RunnerClient(Duration.ofSeconds(60)), new IssueCache(secrets, clock), messages,
          new ReactionExecutor(messages, router), clock);
    }
  }
}
