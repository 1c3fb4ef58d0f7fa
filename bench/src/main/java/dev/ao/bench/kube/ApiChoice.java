package dev.ao.bench.kube;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which Kubernetes API a run uses: {@value #MOCK} (Fabric8's mock server, started for each polling mode) or
 * {@value #KUBECONFIG} (the cluster of a kubeconfig, a fresh namespace for each polling mode).
 *
 * @param label {@value #MOCK} or {@value #KUBECONFIG}: names the results files
 * @param kubeconfig the kubeconfig for {@value #KUBECONFIG}, else null
 */
public record ApiChoice(String label, Path kubeconfig) {
  public static final String MOCK = "mock";
  public static final String KUBECONFIG = "kubeconfig";

  public ApiChoice {
    if (!MOCK.equals(label) && !KUBECONFIG.equals(label)) {
      throw new IllegalArgumentException("unknown API " + label + " (" + MOCK + ", " + KUBECONFIG + ")");
    }
    if (KUBECONFIG.equals(label) && kubeconfig == null) {
      throw new IllegalArgumentException("--api " + KUBECONFIG + " needs --kubeconfig PATH (or the KUBECONFIG environment variable)");
    }
  }

  public static ApiChoice of(String label, Path kubeconfig) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    return new ApiChoice(l, MOCK.equals(l) ? null : kubeconfig);
  }

  /**
   * @param namespace the run's namespace (made by the run, deleted by {@link KubeApi#close()} on a cluster)
   * @param crdDir the chart's CRDs, or null for the jar's copies
   */
  public KubeApi open(String namespace, Path crdDir, PrintStream log) {
    return MOCK.equals(label) ? MockKubeApi.start(namespace, crdDir) : ClusterKubeApi.open(kubeconfig, namespace, crdDir, log);
  }
}
