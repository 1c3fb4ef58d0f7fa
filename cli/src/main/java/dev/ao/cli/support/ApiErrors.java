package dev.ao.cli.support;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;

/** Turns Kubernetes client exceptions into one sentence with the fix. */
public final class ApiErrors {
  private ApiErrors() {}

  public static CliException toCli(KubernetesClientException e, Cluster cluster) {
    String server = cluster == null ? "the API server" : cluster.server();
    if (e instanceof KubernetesClientTimeoutException) {
      return CliException.cluster("Timed out waiting for " + server + ": " + e.getMessage());
    }
    int code = e.getCode();
    String reason = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage() : rootMessage(e);
    return switch (code) {
      case 401 -> CliException.cluster(
          "The API server at " + server + " rejected the credentials (401); log in again or check the kubeconfig user.");
      case 403 -> CliException.cluster(
          "Not allowed (403): " + reason + ". Ask a cluster admin for access (see `kubectl auth can-i`).");
      case 404 -> CliException.notFound("Not found (404): " + reason);
      case 409 -> CliException.cluster("Conflict (409): " + reason + ". Someone changed it at the same time; run again.");
      case 422 -> CliException.userError("The API server refused it (422): " + reason);
      case 0 -> CliException.cluster("Cannot talk to the API server at " + server + ": " + reason);
      default -> CliException.cluster("The API server at " + server + " answered " + code + ": " + reason);
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
