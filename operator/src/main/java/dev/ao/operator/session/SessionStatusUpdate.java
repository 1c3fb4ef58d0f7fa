package dev.ao.operator.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.status.Conditions;
import java.time.Instant;

/**
 * The status a reconcile is building for one Session: starts as a copy of the current status,
 * records the phase and conditions, and knows whether anything changed (so unchanged
 * observations cause no write).
 */
final class SessionStatusUpdate {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode before;
  private final SessionPhase previousPhase;
  private final Long generation;
  private final Instant now;
  final SessionStatus status;

  SessionStatusUpdate(Session session, Instant now) {
    SessionStatus current = session.getStatus() == null ? new SessionStatus() : session.getStatus();
    this.before = JSON.valueToTree(current);
    this.status = JSON.convertValue(before, SessionStatus.class);
    this.previousPhase = current.phase;
    this.generation = session.getMetadata().getGeneration();
    this.now = now;
    status.observedGeneration = generation;
  }

  /** The spec or its Project is wrong: Errored, and nothing is created until it is fixed. */
  void configError(String reason, String message) {
    status.phase = SessionPhase.Errored;
    status.message = message;
    ready(false, reason, message);
  }

  /** Waiting for Project capacity. */
  void queued(Admission.Decision d) {
    status.phase = SessionPhase.Queued;
    status.message =
        "waiting for a slot: " + d.running() + " of " + d.limit() + " Sessions of the Project are running; position "
            + d.queuePosition() + " in the queue";
    Conditions.set(status.conditions, SessionConditions.AGENT_RUNNING, false, SessionConditions.QUEUED, status.message, generation, now);
    ready(false, SessionConditions.QUEUED, status.message);
  }

  /** Waiting for something that will resolve itself (e.g. the Project's first validation). */
  void waiting(String reason, String message) {
    if (status.phase == null || status.phase == SessionPhase.Errored) {
      status.phase = SessionPhase.Spawning;
    }
    status.message = message;
    ready(false, reason, message);
  }

  /** Phase and conditions from the agent Pod. */
  void fromPod(PodObservation pod, SpawnPhase.Outcome outcome) {
    if (status.startedAt == null) {
      status.startedAt = now.toString();
    }
    status.phase = outcome.phase();
    status.message = outcome.message();
    boolean running = pod.state() == PodObservation.State.RUNNING;
    Conditions.set(
        status.conditions,
        SessionConditions.WORKSPACE_READY,
        pod.workspacePrepared(),
        pod.workspacePrepared()
            ? SessionConditions.WORKSPACE_PREPARED
            : pod.state() == PodObservation.State.WORKSPACE_FAILED || pod.state() == PodObservation.State.UNSCHEDULABLE
                ? outcome.reason() : SessionConditions.PREPARING_WORKSPACE,
        pod.state() == PodObservation.State.WORKSPACE_FAILED || pod.state() == PodObservation.State.UNSCHEDULABLE
            ? outcome.message() : pod.workspacePrepared() ? "workspace is on branch " + status.branch : "",
        generation,
        now);
    Conditions.set(status.conditions, SessionConditions.AGENT_RUNNING, running, outcome.reason(), outcome.message(), generation, now);
    ready(running, outcome.reason(), outcome.message());
  }

  /** Phase and Ready condition from the lifecycle decision, for a Session whose agent runs. */
  void lifecycle(dev.ao.operator.lifecycle.LifecyclePhase.Decision d) {
    status.phase = d.phase();
    status.message = d.message();
    boolean healthy = !d.phase().isTerminal();
    Conditions.set(status.conditions, SessionConditions.AGENT_RUNNING, d.phase() != SessionPhase.Killed, d.reason(), d.message(), generation, now);
    ready(healthy, d.reason(), d.message());
    markPhaseSince();
  }

  /** The agent pod was stopped because the work is finished. */
  void stopped(String message) {
    status.phase = SessionPhase.Done;
    status.message = message;
    Conditions.set(status.conditions, SessionConditions.AGENT_RUNNING, false, SessionConditions.STOPPED, message, generation, now);
    ready(false, SessionConditions.STOPPED, message);
    markPhaseSince();
  }

  /** Records when the current phase began; unchanged while the phase stays. */
  void markPhaseSince() {
    if (status.phase != previousPhase || status.phaseSince == null) {
      status.phaseSince = now.toString();
    }
  }

  /** The Ready condition's reason, which tells whether an Errored/Killed phase is sticky. */
  String readyReason() {
    return Conditions.find(status.conditions, SessionConditions.READY).map(c -> c.getReason()).orElse(null);
  }

  private void ready(boolean ready, String reason, String message) {
    Conditions.set(status.conditions, SessionConditions.READY, ready, reason, message, generation, now);
  }

  SessionPhase previousPhase() {
    return previousPhase;
  }

  boolean phaseChanged() {
    return previousPhase != status.phase;
  }

  boolean changed() {
    markPhaseSince();
    return !before.equals(JSON.valueToTree(status));
  }
}
