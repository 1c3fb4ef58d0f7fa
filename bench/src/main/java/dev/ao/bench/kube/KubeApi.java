package dev.ao.bench.kube;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;

/**
 * The Kubernetes API a run uses: Fabric8's mock server started for it ({@link MockKubeApi}), or the cluster of a
 * kubeconfig ({@link ClusterKubeApi}). Either way the run's objects live in one namespace of its own, the operator
 * watches only that namespace, and the API's request counts can be read before and after each window.
 */
public interface KubeApi extends AutoCloseable {
  /** The benchmark's own client (the operator process has its own). */
  KubernetesClient client();

  /** The run's namespace: its Secrets, Projects and Sessions, and everything the operator makes for them. */
  String namespace();

  /** What the API is, for the results: "Fabric8 mock API server ...", "kube-apiserver v1.20.2 at ...". */
  String description();

  /** How the operator's JVM reaches this API. */
  OperatorConnection operatorConnection();

  /** Requests answered so far, by kind of verb. */
  ApiRequests requests();

  /**
   * The operator process's way to the API server.
   *
   * @param argument the first argument of {@code OperatorNodeMain}: the API server's URL, or {@link #KUBECONFIG}
   * @param environment set in the operator process's environment, e.g. {@code KUBECONFIG}
   */
  record OperatorConnection(String argument, Map<String, String> environment) {
    /** "Read the kubeconfig named by the KUBECONFIG environment variable", as Fabric8 does in the product. */
    public static final String KUBECONFIG = "kubeconfig";
  }

  @Override
  void close();
}
