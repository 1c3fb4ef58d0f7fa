package dev.ao.operator.metrics;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.api.reconciler.Constants;
import io.javaoperatorsdk.operator.processing.Controller;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Map;

/**
 * JOSDK's monitoring interface backed by our registry: how long each controller's reconcile and
 * cleanup take, and how often they throw. QOSDK picks it up as the {@link Metrics} bean; the test
 * harness passes it to the Operator it builds.
 */
public final class ReconcileMetrics implements Metrics {
  private final Histogram duration;
  private final Counter errors;

  ReconcileMetrics(PrometheusRegistry registry) {
    duration = Histogram.builder()
        .name("ao_reconcile_duration_seconds")
        .help("Time spent in a controller's reconcile or cleanup, by controller (session, project) and operation")
        .unit(Unit.SECONDS)
        .labelNames("controller", "operation")
        .classicOnly()
        .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
        .register(registry);
    errors = Counter.builder()
        .name("ao_reconcile_errors_total")
        .help("Reconciles that ended with an exception (JOSDK retries them), by controller")
        .labelNames("controller")
        .register(registry);
  }

  @Override
  public void controllerRegistered(Controller<? extends HasMetadata> controller) {
    errors.initLabelValues(controller.getConfiguration().getName());
  }

  @Override
  public <T> T timeControllerExecution(ControllerExecution<T> execution) throws Exception {
    long start = System.nanoTime();
    try {
      return execution.execute();
    } finally {
      duration.labelValues(execution.controllerName(), execution.name()).observe((System.nanoTime() - start) / 1e9);
    }
  }

  @Override
  public void failedReconciliation(HasMetadata resource, Exception exception, Map<String, Object> metadata) {
    Object controller = metadata == null ? null : metadata.get(Constants.CONTROLLER_NAME);
    errors.labelValues(controller == null ? "unknown" : controller.toString()).inc();
  }
}
