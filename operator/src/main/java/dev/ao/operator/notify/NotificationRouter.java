package dev.ao.operator.notify;

import dev.ao.api.v1alpha1.project.NotifierSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.operator.SecretValues;
import dev.ao.operator.events.EventRecorder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Routes a notification: always a Kubernetes Event on the Session, then every Project notifier
 * whose priorities include it. External notifiers run on their own threads, so a slow or failing
 * Slack never blocks a reconcile.
 */
public class NotificationRouter {
  private static final Logger LOG = Logger.getLogger(NotificationRouter.class);
  private final EventRecorder events;
  private final SecretValues secrets;
  private final ExecutorService executor;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Duration webhookBackoff;
  private volatile BiConsumer<String, Boolean> outcomes = (type, ok) -> {};

  public NotificationRouter(EventRecorder events, SecretValues secrets, ExecutorService executor, Duration webhookBackoff) {
    this.events = events;
    this.secrets = secrets;
    this.executor = executor;
    this.webhookBackoff = webhookBackoff;
  }

  /** Called with (notifier type, success) after each external delivery, for metrics. */
  public void onOutcome(BiConsumer<String, Boolean> outcomes) {
    this.outcomes = outcomes;
  }

  public void route(HasMetadata about, Project project, Notification n) {
    String reason = "Notify" + camel(n.key());
    switch (n.priority()) {
      case URGENT, WARNING -> events.warning(about, reason, n.title() + ": " + n.text());
      default -> events.normal(about, reason, n.title() + ": " + n.text());
    }
    List<NotifierSpec> notifiers = project.getSpec().notifiers == null ? List.of() : project.getSpec().notifiers;
    String ns = project.getMetadata().getNamespace();
    for (NotifierSpec spec : notifiers) {
      if (spec.priorities != null && !spec.priorities.isEmpty() && !spec.priorities.contains(n.priority())) {
        continue;
      }
      Notifier notifier = build(ns, spec);
      if (notifier == null) {
        LOG.warnf("notifier %s of project %s/%s has no usable secret; skipped", spec.name, ns, project.getMetadata().getName());
        outcomes.accept(spec.type.name().toLowerCase(), false);
        continue;
      }
      executor.submit(() -> {
        try {
          notifier.send(n);
          outcomes.accept(spec.type.name().toLowerCase(), true);
        } catch (Exception e) {
          if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          outcomes.accept(spec.type.name().toLowerCase(), false);
          LOG.warnf("notifier %s failed for %s: %s", spec.name, n.session(), e.getMessage());
        }
      });
    }
  }

  private Notifier build(String ns, NotifierSpec spec) {
    if (spec.type == NotifierSpec.Type.SLACK && spec.slack != null && spec.slack.webhookUrlSecret != null) {
      String url = secrets.token(ns, spec.slack.webhookUrlSecret.name, spec.slack.webhookUrlSecret.keyOrDefault());
      return url == null ? null : new SlackNotifier(http, url);
    }
    if (spec.type == NotifierSpec.Type.WEBHOOK && spec.webhook != null) {
      String key = spec.webhook.hmacSecret == null ? null : secrets.token(ns, spec.webhook.hmacSecret.name, spec.webhook.hmacSecret.keyOrDefault());
      int retries = spec.webhook.retries == null ? 3 : spec.webhook.retries;
      return new WebhookNotifier(http, spec.webhook.url, key, retries, webhookBackoff);
    }
    return null;
  }

  private static String camel(String key) {
    StringBuilder b = new StringBuilder();
    for (String part : key.split("-")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }
}
