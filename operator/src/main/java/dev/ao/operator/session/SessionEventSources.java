package dev.ao.operator.session;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What wakes a Session's reconcile: its own Pod, PVC and Secret (only objects we label, so the
 * caches never hold other workloads' Secrets), its Project, and — for Sessions waiting in the
 * queue — a peer Session of the same Project stopping or going away.
 */
final class SessionEventSources {
  static final String PROJECT_INDEX = "session-by-project";
  static final String PEERS = "peer-sessions";

  private SessionEventSources() {}

  static String projectKey(String namespace, String project) {
    return namespace + "/" + project;
  }

  static List<EventSource<?, Session>> create(EventSourceContext<Session> ctx) {
    ctx.getPrimaryCache()
        .addIndexer(PROJECT_INDEX, s -> List.of(projectKey(s.getMetadata().getNamespace(), s.getSpec().project)));
    return List.of(
        owned(ctx, Pod.class),
        owned(ctx, PersistentVolumeClaim.class),
        owned(ctx, Secret.class),
        projects(ctx),
        peers(ctx));
  }

  private static <R extends HasMetadata> InformerEventSource<R, Session> owned(EventSourceContext<Session> ctx, Class<R> type) {
    return new InformerEventSource<>(
        InformerEventSourceConfiguration.from(type, Session.class)
            .withLabelSelector(Names.MANAGED_SELECTOR)
            .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(Session.class))
            .build(),
        ctx);
  }

  private static InformerEventSource<Project, Session> projects(EventSourceContext<Session> ctx) {
    return new InformerEventSource<>(
        InformerEventSourceConfiguration.from(Project.class, Session.class)
            .withSecondaryToPrimaryMapper(
                (Project p) -> sessionsOf(ctx, p.getMetadata().getNamespace(), p.getMetadata().getName(), s -> true))
            .withPrimaryToSecondaryMapper(
                (Session s) -> Set.of(new ResourceID(s.getSpec().project, s.getMetadata().getNamespace())))
            // Status-only churn (session counts) must not fan out to every Session of the Project.
            .withOnUpdateFilter(
                (Project n, Project o) ->
                    !Objects.equals(n.getMetadata().getGeneration(), o.getMetadata().getGeneration())
                        || !Objects.equals(phase(n), phase(o))
                        || n.getMetadata().getDeletionTimestamp() != null)
            .build(),
        ctx);
  }

  private static InformerEventSource<Session, Session> peers(EventSourceContext<Session> ctx) {
    return new InformerEventSource<>(
        InformerEventSourceConfiguration.from(Session.class, Session.class)
            .withName(PEERS)
            .withSecondaryToPrimaryMapper(
                (Session changed) ->
                    sessionsOf(
                        ctx,
                        changed.getMetadata().getNamespace(),
                        changed.getSpec().project,
                        s -> s.getStatus() != null && s.getStatus().phase == SessionPhase.Queued))
            .withPrimaryToSecondaryMapper((Session s) -> Set.of())
            .withOnAddFilter(s -> false)
            .withOnUpdateFilter((Session n, Session o) -> phaseOf(n) != phaseOf(o))
            .build(),
        ctx);
  }

  private static Set<ResourceID> sessionsOf(
      EventSourceContext<Session> ctx, String namespace, String project, java.util.function.Predicate<Session> filter) {
    return ctx.getPrimaryCache().byIndex(PROJECT_INDEX, projectKey(namespace, project)).stream()
        .filter(filter)
        .map(ResourceID::fromResource)
        .collect(Collectors.toSet());
  }

  private static String phase(Project p) {
    return p.getStatus() == null ? null : p.getStatus().phase;
  }

  private static SessionPhase phaseOf(Session s) {
    return s.getStatus() == null ? null : s.getStatus().phase;
  }
}
