package dev.ao.cli.testing;

import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionSpec;
import dev.ao.api.v1alpha1.session.SessionStatus;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.function.Consumer;

/** Projects and Sessions in the test API server, as a user or the operator would have made them. */
public final class Fixtures {
  private final KubernetesClient client;
  private final String namespace;

  Fixtures(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  public Project project(String name, String prefix) {
    Project p = new Project();
    p.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    p.setSpec(new ProjectSpec());
    p.getSpec().repo = new RepoSpec();
    p.getSpec().repo.url = "https://github.com/acme/" + name + ".git";
    p.getSpec().repo.tokenSecret = new SecretKeyRef(name + "-github-token", "token");
    p.getSpec().sessionPrefix = prefix;
    return client.resources(Project.class).inNamespace(namespace).resource(p).create();
  }

  public Session session(String name, String project, String issue) {
    return session(name, project, issue, SessionRole.WORKER);
  }

  public Session session(String name, String project, String issue, SessionRole role) {
    Session s = new Session();
    s.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
    s.setSpec(new SessionSpec());
    s.getSpec().project = project;
    s.getSpec().role = role;
    s.getSpec().issue = issue;
    s.getSpec().prompt = issue == null ? "do the thing" : null;
    return client.resources(Session.class).inNamespace(namespace).resource(s).create();
  }

  /** Writes status the way the operator does: through the status subresource. */
  public Session status(String name, Consumer<SessionStatus> change) {
    Session s = get(name);
    if (s.getStatus() == null) {
      s.setStatus(new SessionStatus());
    }
    change.accept(s.getStatus());
    return client.resources(Session.class).inNamespace(namespace).resource(s).updateStatus();
  }

  public Session phase(String name, SessionPhase phase) {
    return status(name, st -> st.phase = phase);
  }

  public Session pr(String name, int number, String state, String ci, String review) {
    return status(name, st -> {
      st.pr = new PullRequestStatus();
      st.pr.number = number;
      st.pr.state = state;
      st.pr.ci = ci;
      st.pr.reviewDecision = review;
      st.pr.url = "https://github.com/acme/webapp/pull/" + number;
    });
  }

  public Session get(String name) {
    return client.resources(Session.class).inNamespace(namespace).withName(name).get();
  }

  public Project getProject(String name) {
    return client.resources(Project.class).inNamespace(namespace).withName(name).get();
  }
}
