package dev.ao.operator.session;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.validation.SessionValidator;
import dev.ao.api.validation.Violation;
import dev.ao.operator.Names;
import dev.ao.operator.OperatorConfig;
import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.events.EventRecorder;
import dev.ao.operator.lifecycle.SessionLifecycle;
import dev.ao.operator.metrics.SessionMetrics;
import dev.ao.operator.status.StatusWriter;
import dev.ao.operator.tracker.IssueInfo;
import dev.ao.operator.project.ProjectReadiness;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Session → runner Secret, workspace PVC and agent Pod, and a status that says where it is.
 * Orchestration only: decisions live in pure classes (Admission, BranchNamer, SpawnPhase,
 * factories), API writes in SessionResources.
 */
@ControllerConfiguration(name = "session")
public class SessionReconciler implements Reconciler<Session>, Cleaner<Session> {
  private final SessionResources resources;
  private final EventRecorder events;
  private final AgentResolver agents;
  private final BranchRegistry branches;
  private final OperatorConfig config;
  private final SessionLifecycle lifecycle;
  private final SessionStatusPublisher publisher;
  private final SessionMetrics metrics;

  public SessionReconciler(SessionResources resources, EventRecorder events, AgentResolver agents, BranchRegistry branches,
      OperatorConfig config, SessionLifecycle lifecycle, StatusWriter statusWriter, SessionMetrics metrics) {
    this.publisher = new SessionStatusPublisher(statusWriter, events, metrics);
    this.metrics = metrics;
    this.resources = resources;
    this.events = events;
    this.agents = agents;
    this.branches = branches;
    this.config = config;
    this.lifecycle = lifecycle;
  }

  @Override
  public List<EventSource<?, Session>> prepareEventSources(EventSourceContext<Session> ctx) {
    List<EventSource<?, Session>> sources = new java.util.ArrayList<>(SessionEventSources.create(ctx));
    sources.add(lifecycle.eventSource());
    metrics.countFrom(() -> ctx.getPrimaryCache().list());
    return sources;
  }

  @Override
  public UpdateControl<Session> reconcile(Session session, Context<Session> ctx) {
    SessionStatusUpdate update = new SessionStatusUpdate(session, Instant.now());
    step(session, ctx, update);
    return finish(session, update);
  }

  private void step(Session session, Context<Session> ctx, SessionStatusUpdate update) {
    List<Violation> invalid = SessionValidator.validate(session);
    if (!invalid.isEmpty()) {
      update.configError(SessionConditions.INVALID_SPEC, invalid.stream().map(Violation::toString).collect(Collectors.joining("; ")));
      return;
    }
    Optional<Project> project = ctx.getSecondaryResource(Project.class);
    ProjectReadiness.Verdict verdict = ProjectReadiness.forSession(session, project);
    if (verdict.error() != null) {
      update.configError(verdict.reason(), verdict.error());
      return;
    }
    if (verdict.waitReason() != null) {
      update.waiting(verdict.reason(), verdict.waitReason());
      return;
    }
    AgentResolver.Resolution agent = agents.resolve(project.get().getSpec(), session.getSpec());
    if (!agent.isOk()) {
      update.configError(SessionConditions.AGENT_PROFILE_INVALID, agent.error());
      return;
    }
    update.status.agent = agent.agent().profile();
    IssueInfo issue = lifecycle.issue(project.get(), session);
    if (issue != null && issue.title() != null) {
      update.status.issueTitle = issue.title();
    }
    List<Session> peers = ctx.getPrimaryCache().byIndex(SessionEventSources.PROJECT_INDEX,
        SessionEventSources.projectKey(session.getMetadata().getNamespace(), session.getSpec().project));
    String preferred = BranchNamer.derive(IssueRef.parse(session.getSpec().issue), update.status.issueTitle, session.getMetadata().getName());
    BranchRegistry.Claim claim = branches.claim(session, peers, preferred);
    if (claim.branch() == null) {
      update.configError(SessionConditions.BRANCH_IN_USE,
          "branch \"" + session.getSpec().branch + "\" is already used by Session " + claim.heldBy() + "; set another spec.branch");
      return;
    }
    update.status.branch = claim.branch();
    if (restoreRequested(session, update)) {
      lifecycle.forgetFinished(session);
      resources.stopPod(session);
      update.waiting(SessionConditions.POD_PENDING, "restoring: recreating the agent pod on the existing workspace");
      return;
    }
    if (update.previousPhase() != null && update.previousPhase().isTerminal() && SpawnPhase.isSticky(update.readyReason())) {
      return;
    }
    String finished = lifecycle.finishedMessage(session);
    if (finished != null || update.previousPhase() == SessionPhase.Merged && ctx.getSecondaryResource(Pod.class).isEmpty()) {
      update.stopped(finished != null ? finished : update.status.message);
      return;
    }
    Admission.Decision admission = Admission.decide(session, peers, limit(project.get()));
    if (!admission.admitted()) {
      update.queued(admission);
      return;
    }
    SessionPlan plan = SessionPlanner.plan(session, project.get(), agent.agent(), claim.branch(),
        SessionPlanner.issueDetails(session, issue), config.runnerPort(), config.exitLingerSeconds());
    Optional<Pod> pod = ctx.getSecondaryResource(Pod.class);
    if (pod.isPresent() && pod.get().getMetadata().getDeletionTimestamp() != null) {
      update.waiting(SessionConditions.POD_PENDING, "waiting for the previous agent pod to terminate");
      return;
    }
    resources.ensure(plan, ctx.getSecondaryResource(Secret.class), ctx.getSecondaryResource(PersistentVolumeClaim.class), pod);
    update.status.workspace = Names.workspacePvc(session);
    update.status.pod = Names.agentPod(session);
    PodObservation observed = PodObservation.of(pod.orElse(null), ctx.getSecondaryResource(PersistentVolumeClaim.class).orElse(null));
    update.fromPod(observed, SpawnPhase.decide(observed));
    if (observed.state() == PodObservation.State.RUNNING) {
      runLifecycle(session, project.get(), pod.get(), ctx.getSecondaryResource(Secret.class).orElse(null), update);
    }
  }

  /** The agent runs: PR, runner and tracker decide the phase; finished work stops the pod. */
  private void runLifecycle(Session session, Project project, Pod pod, Secret runnerSecret, SessionStatusUpdate update) {
    SessionLifecycle.Observed observed = lifecycle.observe(session, project, pod, runnerSecret, update.status, update.previousPhase());
    SessionPhase phase = observed.decision().phase();
    boolean mergedBefore = update.previousPhase() == SessionPhase.Merged;
    update.lifecycle(observed.decision());
    lifecycle.act(session, project, update.status, observed);
    if (phase == SessionPhase.Done || (phase == SessionPhase.Merged && mergedBefore)) {
      boolean kept = resources.finish(session, project);
      lifecycle.forget(session);
      String message = observed.decision().message() + "; agent stopped, workspace " + (kept ? "kept" : "deleted");
      lifecycle.markFinished(session, message);
      update.stopped(message);
    }
  }

  private boolean restoreRequested(Session session, SessionStatusUpdate update) {
    Map<String, String> annotations = session.getMetadata().getAnnotations();
    String requested = annotations == null ? null : annotations.get(ApiGroup.ANNOTATION_RESTORE);
    if (requested == null || requested.equals(update.status.lastRestoreRequest)) {
      return false;
    }
    update.status.lastRestoreRequest = requested;
    boolean sticky = update.previousPhase() != null && update.previousPhase().isTerminal() && SpawnPhase.isSticky(update.readyReason());
    if (sticky) {
      events.normal(session, "Restoring", "recreating the agent pod on the existing workspace");
    }
    return sticky;
  }

  private UpdateControl<Session> finish(Session session, SessionStatusUpdate update) {
    if (!publisher.publish(session, update)) {
      return UpdateControl.<Session>noUpdate().rescheduleAfter(Duration.ofMillis(500));
    }
    SessionPhase phase = update.status.phase;
    return UpdateControl.<Session>noUpdate().rescheduleAfter(
        phase == SessionPhase.Queued ? config.queuedRecheck() : phase == SessionPhase.Merged ? Duration.ofSeconds(1) : config.resync());
  }

  @Override
  public DeleteControl cleanup(Session session, Context<Session> ctx) {
    resources.cleanup(session, ctx.getSecondaryResource(Project.class).orElse(null));
    branches.release(session);
    lifecycle.forget(session);
    lifecycle.forgetFinished(session);
    return DeleteControl.defaultDelete();
  }

  private static Integer limit(Project p) {
    return p.getSpec().limits == null ? null : p.getSpec().limits.maxConcurrentSessions;
  }
}
