package dev.ao.operator.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.function.BiConsumer;

/** External notifier deliveries (Slack, webhook) by result; Kubernetes Events are not counted here. */
public final class NotificationMetrics implements BiConsumer<String, Boolean> {
  private final Counter notifications;

  NotificationMetrics(PrometheusRegistry registry) {
    notifications = Counter.builder()
        .name("ao_notifications_total")
        .help("Notifications sent to external notifiers by notifier type (slack, webhook) and result (success, failure)")
        .labelNames("notifier", "result")
        .register(registry);
    for (String notifier : List.of("slack", "webhook")) {
      notifications.initLabelValues(notifier, "success");
      notifications.initLabelValues(notifier, "failure");
    }
  }

  /** NotificationRouter's hook: (notifier type, delivered). */
  @Override
  public void accept(String notifier, Boolean ok) {
    notifications.labelValues(notifier, Boolean.TRUE.equals(ok) ? "success" : "failure").inc();
  }
}
