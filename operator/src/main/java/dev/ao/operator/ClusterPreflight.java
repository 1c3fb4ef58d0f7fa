package dev.ao.operator;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Before the operator starts: is there a cluster, and does it serve our CRDs? Turns the Kubernetes
 * client's stack traces into one sentence saying what to do.
 */
public final class ClusterPreflight {
  private ClusterPreflight() {}

  /** Null when the cluster is usable, otherwise what is wrong and how to fix it. */
  public static String check(KubernetesClient client) {
    String server = client.getConfiguration().getMasterUrl();
    String unreachable = reachability(server);
    if (unreachable != null) {
      return "No Kubernetes API server is reachable at " + server + " (" + unreachable + "). Point KUBECONFIG at a cluster,"
          + " or run the whole product locally with `ao local up` (see README).";
    }
    for (Class<? extends HasMetadata> type : java.util.List.of(Project.class, Session.class)) {
      String problem = probe(client, type, server);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String probe(KubernetesClient client, Class<? extends HasMetadata> type, String server) {
    try {
      client.resources(type).inAnyNamespace().list(new ListOptionsBuilder().withLimit(1L).build());
      return null;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return "The " + type.getSimpleName() + " CRD is not installed in the cluster at " + server
            + ". Install the CRDs with `kubectl apply -f helm/agent-orchestrator/crds/` (or `helm install`), then start the operator again.";
      }
      if (e.getCode() == 401 || e.getCode() == 403) {
        // Namespaced installs cannot list across namespaces; the per-namespace informers will say more.
        return e.getCode() == 401 ? "The cluster at " + server + " rejected the credentials (401). Check your kubeconfig user." : null;
      }
      if (e.getCode() == 0 || e.getCause() != null) {
        return "No Kubernetes API server is reachable at " + server + " (" + rootMessage(e) + "). Point KUBECONFIG at a cluster,"
            + " or run the whole product locally with `ao local up` (see README).";
      }
      return "The cluster at " + server + " answered " + e.getCode() + " listing " + type.getSimpleName() + "s: " + e.getMessage();
    }
  }

  /** A quick TCP connect, so a missing cluster is reported in seconds rather than after client retries. */
  static String reachability(String server) {
    try {
      java.net.URI uri = java.net.URI.create(server);
      int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      try (java.net.Socket socket = new java.net.Socket()) {
        socket.connect(new java.net.InetSocketAddress(uri.getHost(), port), 3000);
      }
      return null;
    } catch (java.io.IOException | IllegalArgumentException e) {
      return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
