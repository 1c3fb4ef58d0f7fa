package dev.ao.operator.metrics;

import dev.ao.api.v1alpha1.session.DeliveredMessage;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What Sessions do, seen from two places: the Session informer cache (how many are in each phase
 * now) and each status the reconciler writes (what just changed: a phase transition, a spawn, a
 * first PR, a merge, delivered messages). Counting from written statuses means a write that lost a
 * race counts nothing, and an operator restart does not count old events again, because the
 * previous status is read from the Session itself.
 */
public final class SessionMetrics {
  private static final String NONE = "None";
  private static final double HOUR = 3600;

  private final Leadership leadership;
  private final Clock clock;
  private final Counter transitions;
  private final Counter spawned;
  private final Counter delivered;
  private final Histogram timeToFirstPr;
  private final Histogram prToMerge;
  private volatile Supplier<Stream<Session>> cache = Stream::empty;

  SessionMetrics(PrometheusRegistry registry, Leadership leadership, Clock clock) {
    this.leadership = leadership;
    this.clock = clock;
    GaugeWithCallback.builder()
        .name("ao_sessions")
        .help("Sessions by namespace, Project and phase, from the operator's cache (reported by the leader only)")
        .labelNames("namespace", "project", "phase")
        .callback(cb -> countByPhase().forEach((key, n) -> cb.call(n, key.namespace(), key.project(), key.phase())))
        .register(registry);
    transitions = Counter.builder()
        .name("ao_session_phase_transitions_total")
        .help("Session phase changes written to status; from=\"None\" is a Session's first phase")
        .labelNames("from", "to")
        .register(registry);
    spawned = Counter.builder()
        .name("ao_sessions_spawned_total")
        .help("Sessions whose agent pod was admitted for the first time (left Queued); restores are not counted")
        .labelNames("namespace", "project")
        .register(registry);
    delivered = Counter.builder()
        .name("ao_messages_delivered_total")
        .help("Messages delivered to agents through the runner: spec.messages and send-to-agent reactions, each id once")
        .register(registry);
    timeToFirstPr = Histogram.builder()
        .name("ao_session_time_to_first_pr_seconds")
        .help("From a Session's spawn (status.startedAt) to the operator first seeing a PR for its branch (status.firstPrSeenAt)")
        .unit(Unit.SECONDS)
        .classicOnly()
        .classicUpperBounds(60, 300, 600, 1800, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 24 * HOUR, 48 * HOUR, 168 * HOUR)
        .register(registry);
    prToMerge = Histogram.builder()
        .name("ao_session_pr_to_merge_seconds")
        .help("From the operator first seeing a Session's PR (status.firstPrSeenAt) to the Session reaching phase Merged")
        .unit(Unit.SECONDS)
        .classicOnly()
        .classicUpperBounds(300, 900, 1800, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 24 * HOUR, 48 * HOUR, 168 * HOUR, 336 * HOUR)
        .register(registry);
    delivered.initLabelValues();
  }

  /** Where the current Sessions are read from at scrape time: the Session controller's informer cache. */
  public void countFrom(Supplier<Stream<Session>> sessions) {
    this.cache = sessions;
  }

  /** A reconcile wrote {@code after} as the status of {@code before}, which still holds the previous status. */
  public void statusWritten(Session before, SessionStatus after) {
    SessionStatus prev = before.getStatus() == null ? new SessionStatus() : before.getStatus();
    String namespace = before.getMetadata().getNamespace();
    String project = before.getSpec() == null ? "" : before.getSpec().project;
    if (after.phase != null && after.phase != prev.phase) {
      transitions.labelValues(prev.phase == null ? NONE : prev.phase.name(), after.phase.name()).inc();
    }
    if (prev.startedAt == null && after.startedAt != null) {
      spawned.labelValues(namespace, project).inc();
    }
    Instant now = clock.instant();
    if (prev.firstPrSeenAt == null && after.firstPrSeenAt != null) {
      Instant started = parse(after.startedAt);
      Instant seen = parse(after.firstPrSeenAt);
      if (started != null && seen != null) {
        timeToFirstPr.observe(seconds(started, seen));
      }
    }
    if (after.phase == SessionPhase.Merged && prev.phase != SessionPhase.Merged) {
      Instant seen = parse(after.firstPrSeenAt);
      if (seen != null) {
        prToMerge.observe(seconds(seen, now));
      }
    }
    long fresh = newlyDelivered(prev.deliveredMessages, after.deliveredMessages);
    if (fresh > 0) {
      delivered.inc(fresh);
    }
  }

  private record PhaseKey(String namespace, String project, String phase) {}

  private Map<PhaseKey, Long> countByPhase() {
    if (!leadership.isLeading()) {
      return Map.of();
    }
    return cache.get()
        .filter(s -> s.getStatus() != null && s.getStatus().phase != null && s.getSpec() != null)
        .collect(Collectors.groupingBy(
            s -> new PhaseKey(s.getMetadata().getNamespace(), s.getSpec().project, s.getStatus().phase.name()), Collectors.counting()));
  }

  private static long newlyDelivered(List<DeliveredMessage> before, List<DeliveredMessage> after) {
    if (after == null || after.isEmpty()) {
      return 0;
    }
    Set<String> known = before == null ? Set.of() : before.stream().map(m -> m.id).collect(Collectors.toSet());
    return after.stream().filter(m -> m.id != null && !known.contains(m.id)).count();
  }

  private static double seconds(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMillis() / 1000.0);
  }

  private static Instant parse(String rfc3339) {
    if (rfc3339 == null) {
      return null;
    }
    try {
      return Instant.parse(rfc3339);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
