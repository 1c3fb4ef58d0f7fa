package dev.ao.operator.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.validation.ProjectValidator;
import dev.ao.api.validation.Violation;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.notify.Notification;
import dev.ao.operator.notify.NotificationRouter;
import dev.ao.operator.reaction.EffectiveReaction;
import dev.ao.operator.reaction.ReactionDefaults;
import dev.ao.operator.scm.ScmPoller;
import dev.ao.operator.status.StatusWriter;
import dev.ao.operator.events.EventRecorder;
import dev.ao.api.v1alpha1.session.SessionSpec;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a Project (spec, referenced Secrets, agent profiles), counts its Sessions by phase,
 * and holds its deletion while Sessions still use it (finalizer), saying which ones.
 */
@ControllerConfiguration(name = "project")
public class ProjectReconciler implements Reconciler<Project>, Cleaner<Project> {
  static final Duration RECHECK = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SecretChecker secrets;
  private final AgentResolver agents;
  private final EventRecorder events;
  private final ScmPoller poller;
  private final NotificationRouter notifications;
  private final StatusWriter statusWriter;

  public ProjectReconciler(SecretChecker secrets, AgentResolver agents, EventRecorder events, ScmPoller poller, NotificationRouter notifications,
      StatusWriter statusWriter) {
    this.statusWriter = statusWriter;
    this.secrets = secrets;
    this.agents = agents;
    this.events = events;
    this.poller = poller;
    this.notifications = notifications;
  }

  @Override
  public List<EventSource<?, Project>> prepareEventSources(EventSourceContext<Project> ctx) {
    return List.of(
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Session.class, Project.class)
                .withSecondaryToPrimaryMapper(
                    (Session s) -> Set.of(new ResourceID(s.getSpec().project, s.getMetadata().getNamespace())))
                .withOnUpdateFilter((Session n, Session o) -> !Objects.equals(phase(n), phase(o)))
                .build(),
            ctx));
  }

  @Override
  public UpdateControl<Project> reconcile(Project project, Context<Project> ctx) {
    List<String> problems = new ArrayList<>();
    ProjectValidator.validate(project).stream().map(Violation::toString).forEach(problems::add);
    List<String> missingEnv = List.of();
    if (problems.isEmpty()) {
      problems.addAll(secrets.problems(project));
      SessionSpec probe = new SessionSpec();
      var resolution = agents.resolve(project.getSpec(), probe);
      if (!resolution.isOk()) {
        problems.add("spec.agent: " + resolution.error());
      } else {
        missingEnv = ApiKeyEnv.missing(resolution.agent());
      }
    }
    List<Session> sessions = sessionsOf(project, ctx);
    ProjectStatus next =
        ProjectStatusBuilder.build(
            project,
            new ProjectStatusBuilder.Findings(problems, missingEnv, agents.availableProfiles(project.getSpec()), sessions),
            Instant.now());
    next.scm = ScmStatusView.of(project, poller);
    next.allCompleteNotified = project.getStatus() == null ? null : project.getStatus().allCompleteNotified;
    announceAllComplete(project, sessions, next);
    String before = project.getStatus() == null ? null : project.getStatus().phase;
    if (!Objects.equals(before, next.phase)) {
      if (ProjectStatusBuilder.READY.equals(next.phase)) {
        events.normal(project, "Ready", next.message);
      } else {
        events.warning(project, "NotReady", next.message);
      }
    }
    if (JSON.valueToTree(next).equals(JSON.valueToTree(project.getStatus()))) {
      return UpdateControl.<Project>noUpdate().rescheduleAfter(RECHECK);
    }
    Project updated = new Project();
    updated.setMetadata(project.getMetadata());
    updated.setSpec(project.getSpec());
    updated.setStatus(next);
    boolean written = statusWriter.write(updated);
    return UpdateControl.<Project>noUpdate().rescheduleAfter(written ? RECHECK : Duration.ofMillis(500));
  }

  private void announceAllComplete(Project project, List<Session> sessions, ProjectStatus next) {
    String fingerprint = AllComplete.fingerprint(sessions);
    if (fingerprint == null || fingerprint.equals(next.allCompleteNotified)) {
      return;
    }
    next.allCompleteNotified = fingerprint;
    EffectiveReaction cfg = ReactionDefaults.effective(ReactionKeys.ALL_COMPLETE, project.getSpec().reactions);
    if (cfg.enabled()) {
      String name = project.getMetadata().getName();
      notifications.route(project, project, new Notification(project.getMetadata().getNamespace(), name, "-", ReactionKeys.ALL_COMPLETE,
          cfg.priority(), name + ": all Sessions complete", cfg.message() + " " + AllComplete.summary(sessions), null, null));
    }
  }

  @Override
  public DeleteControl cleanup(Project project, Context<Project> ctx) {
    List<Session> sessions = sessionsOf(project, ctx);
    if (sessions.isEmpty()) {
      return DeleteControl.defaultDelete();
    }
    List<String> names = sessions.stream().map(s -> s.getMetadata().getName()).sorted().limit(10).toList();
    events.warning(
        project,
        "DeletionBlocked",
        "Project is still used by " + sessions.size() + " Session(s): " + String.join(", ", names)
            + ". Delete them first (ao session kill <name>, or kubectl delete session <name>); the Project is removed after.");
    return DeleteControl.noFinalizerRemoval().rescheduleAfter(Duration.ofSeconds(15));
  }

  private static List<Session> sessionsOf(Project project, Context<Project> ctx) {
    return ctx.getSecondaryResources(Session.class).stream().toList();
  }

  private static String phase(Session s) {
    return s.getStatus() == null || s.getStatus().phase == null ? null : s.getStatus().phase.name();
  }
}
