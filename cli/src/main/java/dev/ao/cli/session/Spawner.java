package dev.ao.cli.session;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionSpec;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.kube.Projects;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates worker Sessions for one Project: builds the object, finds an active Session already on the
 * same issue, and picks the next free <prefix>-<n> (moving on when a parallel spawn took the name).
 */
public final class Spawner {
  private static final int NAME_ATTEMPTS = 5;

  /** What to spawn: an issue and/or a prompt, optional agent profile and branch. */
  public record Request(String issue, String prompt, String agent, String branch) {}

  private final Cluster cluster;
  private final Project project;
  private final String prefix;
  private final List<Session> existing;
  private final Set<String> taken = new HashSet<>();

  public Spawner(Cluster cluster, Project project) {
    this.cluster = cluster;
    this.project = project;
    this.prefix = Projects.sessionPrefix(project);
    this.existing = new java.util.ArrayList<>(cluster.sessions().list().getItems());
    existing.forEach(s -> taken.add(s.getMetadata().getName()));
  }

  /** The Session that would be created, named with the next free number (used for validation and dry runs). */
  public Session draft(Request request) {
    Session session = new Session();
    session.setMetadata(new ObjectMetaBuilder()
        .withName(SessionNames.worker(prefix, SessionNames.nextNumber(prefix, taken)))
        .withNamespace(cluster.namespace())
        .withLabels(Map.of(ApiGroup.LABEL_PROJECT, project.getMetadata().getName()))
        .build());
    SessionSpec spec = new SessionSpec();
    spec.project = project.getMetadata().getName();
    spec.role = SessionRole.WORKER;
    spec.issue = blankToNull(request.issue());
    spec.prompt = blankToNull(request.prompt());
    spec.branch = blankToNull(request.branch());
    if (request.agent() != null) {
      spec.agent = new AgentSpec();
      spec.agent.profile = request.agent();
    }
    session.setSpec(spec);
    return session;
  }

  /** An active Session of this Project already on the issue (in any of its forms). */
  public Optional<Session> activeOn(String issue) {
    String key = IssueKey.of(issue);
    return existing.stream()
        .filter(s -> s.getSpec() != null && project.getMetadata().getName().equals(s.getSpec().project))
        .filter(s -> key.equals(IssueKey.of(s.getSpec().issue)))
        .filter(Phases::isActive)
        .findFirst();
  }

  /** Refuses an agent profile the Project does not offer, when the operator has reported which it offers. */
  public void checkAgent(String agent) {
    if (agent == null || project.getStatus() == null || project.getStatus().agentProfiles == null
        || project.getStatus().agentProfiles.isEmpty() || project.getStatus().agentProfiles.contains(agent)) {
      return;
    }
    throw CliException.userError("Project " + project.getMetadata().getName() + " has no agent profile \"" + agent
        + "\"; available: " + String.join(", ", project.getStatus().agentProfiles) + ".");
  }

  /** Creates the draft; when its name was taken meanwhile, takes the next number. */
  public Session create(Session draft) {
    KubernetesClientException last = null;
    for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      try {
        Session created = cluster.sessions().resource(draft).create();
        taken.add(created.getMetadata().getName());
        existing.add(created);
        return created;
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
        last = e;
        taken.add(draft.getMetadata().getName());
        draft.getMetadata().setName(SessionNames.worker(prefix, SessionNames.nextNumber(prefix, taken)));
      }
    }
    throw last;
  }

  public Project project() {
    return project;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
