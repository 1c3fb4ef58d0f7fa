package dev.ao.operator.session;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.events.EventRecorder;
import dev.ao.operator.metrics.SessionMetrics;
import dev.ao.operator.status.StatusWriter;

/**
 * Makes a reconcile's status public: writes it (only when it changed) and, once written, records
 * an Event for a phase change. A write that lost a race records nothing, so Events are not doubled
 * when the reconcile runs again on the fresh object.
 */
final class SessionStatusPublisher {
  private final StatusWriter writer;
  private final EventRecorder events;
  private final SessionMetrics metrics;

  SessionStatusPublisher(StatusWriter writer, EventRecorder events, SessionMetrics metrics) {
    this.writer = writer;
    this.events = events;
    this.metrics = metrics;
  }

  /** False when the Session changed since it was read; the caller reconciles again. */
  boolean publish(Session session, SessionStatusUpdate update) {
    if (!update.changed()) {
      return true;
    }
    Session next = new Session();
    next.setMetadata(session.getMetadata());
    next.setSpec(session.getSpec());
    next.setStatus(update.status);
    if (!writer.write(next)) {
      return false;
    }
    metrics.statusWritten(session, update.status);
    if (update.phaseChanged()) {
      String text = (update.previousPhase() == null ? "" : update.previousPhase() + " → ") + update.status.phase
          + (update.status.message == null ? "" : ": " + update.status.message);
      if (update.status.phase == SessionPhase.Errored) {
        events.warning(session, update.readyReason() == null ? "Errored" : update.readyReason(), text);
      } else {
        events.normal(session, "Phase" + update.status.phase, text);
      }
    }
    return true;
  }
}
