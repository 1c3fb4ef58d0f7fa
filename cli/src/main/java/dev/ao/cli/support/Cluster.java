package dev.ao.cli.support;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;

/** A connected client, the namespace commands work in, and how to name the cluster in messages. */
public record Cluster(KubernetesClient client, String namespace, String server, String context) implements AutoCloseable {

  public NonNamespaceOperation<Session, KubernetesResourceList<Session>, Resource<Session>> sessions() {
    return client.resources(Session.class).inNamespace(namespace);
  }

  public NonNamespaceOperation<Project, KubernetesResourceList<Project>, Resource<Project>> projects() {
    return client.resources(Project.class).inNamespace(namespace);
  }

  @Override
  public void close() {
    client.close();
  }

  /** "namespace team-a (context kind-dev)" — where something was looked for. */
  public String where() {
    return "namespace " + namespace + (context == null ? "" : " (context " + context + ")");
  }
}
