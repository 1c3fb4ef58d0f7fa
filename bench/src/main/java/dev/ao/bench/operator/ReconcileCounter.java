package dev.ao.bench.operator;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.monitoring.Metrics;
import io.javaoperatorsdk.operator.processing.Controller;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * JOSDK's monitoring hook, counting reconciles per controller for "reconciles per second", and passing every call
 * on to the operator's own metrics so the operator under test does the work it does in production.
 */
final class ReconcileCounter implements Metrics {
  private final Metrics delegate;
  private final LongAdder sessionReconciles = new LongAdder();
  private final LongAdder projectReconciles = new LongAdder();
  private final LongAdder failures = new LongAdder();

  ReconcileCounter(Metrics delegate) {
    this.delegate = delegate;
  }

  @Override
  public void controllerRegistered(Controller<? extends HasMetadata> controller) {
    delegate.controllerRegistered(controller);
  }

  @Override
  public <T> T timeControllerExecution(ControllerExecution<T> execution) throws Exception {
    if ("reconcile".equals(execution.name())) {
      ("session".equals(execution.controllerName()) ? sessionReconciles : projectReconciles).increment();
    }
    return delegate.timeControllerExecution(execution);
  }

  @Override
  public void failedReconciliation(HasMetadata resource, Exception exception, Map<String, Object> metadata) {
    failures.increment();
    // One line each in the operator's log (its stderr): the run's "reconciles that threw" says how many, this says why.
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    System.err.printf("reconcile failed: %s %s/%s: %s%n", resource.getKind(), resource.getMetadata().getNamespace(), resource.getMetadata().getName(),
        String.valueOf(cause).replace('\n', ' '));
    delegate.failedReconciliation(resource, exception, metadata);
  }

  long sessionReconciles() {
    return sessionReconciles.sum();
  }

  long projectReconciles() {
    return projectReconciles.sum();
  }

  long failures() {
    return failures.sum();
  }
}
