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
  Wiring wiring(KubernetesClient client, EventRecorder events) {
    return Wiring.create(client, events, Clock.systemUTC(), Duration.ofSeconds(2));
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
    public static Wiring create(KubernetesClient client, EventRecorder events, Clock clock, Duration webhookBackoff) {
      SecretValues secrets = new SecretValues(client, clock);
      ScmPoller poller = new ScmPoller(new GitHubScmClient(new GitHubHttp(clock, result -> {})), secrets, clock, new SplittableRandom());
      ExecutorService notifierThreads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "notifier");
        t.setDaemon(true);
        return t;
      });
      NotificationRouter router = new NotificationRouter(events, secrets, notifierThreads, webhookBackoff);
      MessageDelivery messages = new MessageDelivery(new RunnerClient(Duration.ofSeconds(60)));
      SessionLifecycle lifecycle = new SessionLifecycle(poller, new RunnerClient(Duration.ofSeconds(60)), new IssueCache(secrets, clock), messages,
          new ReactionExecutor(messages, router), clock);
      return new Wiring(poller, router, lifecycle);
    }
  }
}
