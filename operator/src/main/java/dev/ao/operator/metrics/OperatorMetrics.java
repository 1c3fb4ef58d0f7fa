package dev.ao.operator.metrics;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The operator's Prometheus registry and the typed recorders that write to it. One instance per
 * operator process (CDI) or per test harness, so tests never share counters. Every metric is named
 * {@code ao_*} with its unit in the name, and no label carries a Session name: label values come
 * from small fixed sets (phases, reaction keys, results) or from Project names.
 */
public final class OperatorMetrics {
  /** Content type of {@link #writeTo}: Prometheus text format 0.0.4. */
  public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final Leadership leadership;
  private final SessionMetrics sessions;
  private final GitHubMetrics github;
  private final ReactionMetrics reactions;
  private final NotificationMetrics notifications;
  private final ReconcileMetrics reconciles;

  public OperatorMetrics(Clock clock) {
    this.leadership = new Leadership(registry);
    this.sessions = new SessionMetrics(registry, leadership, clock);
    this.github = new GitHubMetrics(registry);
    this.reactions = new ReactionMetrics(registry);
    this.notifications = new NotificationMetrics(registry);
    this.reconciles = new ReconcileMetrics(registry);
  }

  public Leadership leadership() {
    return leadership;
  }

  public SessionMetrics sessions() {
    return sessions;
  }

  public GitHubMetrics github() {
    return github;
  }

  public ReactionMetrics reactions() {
    return reactions;
  }

  public NotificationMetrics notifications() {
    return notifications;
  }

  /** JOSDK's monitoring hook: reconcile duration and errors per controller. */
  public ReconcileMetrics reconciles() {
    return reconciles;
  }

  /** Writes every metric in the Prometheus text format. */
  public void writeTo(OutputStream out) throws IOException {
    writer.write(out, registry.scrape());
  }

  /** The same text as {@link #writeTo}, for tests and diagnostics. */
  public String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
