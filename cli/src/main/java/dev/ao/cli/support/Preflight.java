package dev.ao.cli.support;

import dev.ao.api.ApiGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks before the first API call, so a missing cluster or missing CRDs give one sentence with the
 * fix in about two seconds, instead of the client's retries and a stack trace.
 */
public final class Preflight {
  static final int CONNECT_TIMEOUT_MS = 2_000;
  static final String INSTALL_CRDS =
      "install them with `kubectl apply -f helm/agent-orchestrator/crds/` (from the agent-orchestrator repository)"
          + " or `helm install agent-orchestrator helm/agent-orchestrator`";

  private Preflight() {}

  /** A plain TCP connect to the API server with a 2 s timeout. */
  public static void checkReachable(String server, String context) {
    URI uri;
    try {
      uri = URI.create(server);
    } catch (IllegalArgumentException e) {
      throw CliException.userError("The kubeconfig names an invalid API server URL \"" + server + "\".");
    }
    int port = uri.getPort() > 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_TIMEOUT_MS);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw CliException.cluster("Cannot reach the Kubernetes API server at " + server
          + (context == null ? "" : " (context " + context + ")") + ": " + why + ". Check that the cluster is running"
          + " and `kubectl cluster-info` works, pick another context with --context, or run locally with `ao local up`.");
    }
  }

  /** The API group serves sessions and projects (API discovery, which every authenticated user may read). */
  public static void checkAoApi(Cluster cluster) {
    APIResourceList resources;
    try {
      resources = cluster.client().getApiResources(ApiGroup.API_VERSION);
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        resources = null;
      } else {
        throw ApiErrors.toCli(e, cluster);
      }
    }
    Set<String> served = resources == null || resources.getResources() == null ? Set.of()
        : resources.getResources().stream().map(APIResource::getName).collect(Collectors.toSet());
    List<String> missing = List.of("sessions", "projects").stream().filter(r -> !served.contains(r)).toList();
    if (!missing.isEmpty()) {
      throw CliException.cluster("The agent-orchestrator CRDs are not installed in the cluster at " + cluster.server()
          + " (missing: " + missing.stream().map(r -> r + "." + ApiGroup.GROUP).collect(Collectors.joining(", "))
          + "); " + INSTALL_CRDS + ".");
    }
  }
}
