package dev.ao.operator.metrics;

import dev.ao.api.v1alpha1.project.ReactionKeys;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reactions by key and outcome. Keys are the fixed set the CRD allows, so the series are bounded;
 * they start at zero so that {@code increase()} and alerts see the first failure.
 */
public final class ReactionMetrics implements BiConsumer<String, String> {
  /** What ReactionExecutor reports: a message sent, a person notified, a PR merged, a failure, an escalation. */
  static final List<String> OUTCOMES = List.of("sent", "notified", "merged", "failed", "escalated");

  private final Counter reactions;

  ReactionMetrics(PrometheusRegistry registry) {
    reactions = Counter.builder()
        .name("ao_reactions_total")
        .help("Reaction actions by key and outcome (sent, notified, merged, failed, escalated)")
        .labelNames("key", "outcome")
        .register(registry);
    for (String key : ReactionKeys.ALL) {
      for (String outcome : OUTCOMES) {
        reactions.initLabelValues(key, outcome);
      }
    }
  }

  /** ReactionExecutor's hook: (reaction key, outcome). */
  @Override
  public void accept(String key, String outcome) {
    reactions.labelValues(key, outcome).inc();
  }
}
