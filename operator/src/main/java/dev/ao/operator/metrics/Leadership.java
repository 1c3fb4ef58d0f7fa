package dev.ao.operator.metrics;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Whether this replica is the one reconciling. With leader election every replica fills its
 * informer caches, so gauges computed from a cache report only on the leader; otherwise a
 * {@code sum} over replicas would count each Session twice.
 */
public final class Leadership {
  private volatile boolean leading = true;

  Leadership(PrometheusRegistry registry) {
    GaugeWithCallback.builder()
        .name("ao_operator_leader")
        .help("1 on the replica that reconciles (the leader, or the only replica without leader election), 0 on a standby")
        .callback(cb -> cb.call(leading ? 1 : 0))
        .register(registry);
  }

  /** Leader election is on: this replica waits as a standby until it wins the lease. */
  public void standby() {
    leading = false;
  }

  public void startedLeading() {
    leading = true;
  }

  public void stoppedLeading() {
    leading = false;
  }

  public boolean isLeading() {
    return leading;
  }
}
