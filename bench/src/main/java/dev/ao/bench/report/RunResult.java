package dev.ao.bench.report;

import java.util.List;

/**
 * One benchmark run: its settings, the machine, and each polling mode's figures (the product first).
 *
 * @param api which Kubernetes API: {@code mock} or {@code kubeconfig} (names the results files)
 * @param apiServer what that API was, e.g. "kube-apiserver v1.20.2 at https://127.0.0.1:6443 (kubeconfig ...)"
 */
public record RunResult(
    String startedAt,
    int sessions,
    int repos,
    int pollIntervalSeconds,
    double changesPerSecond,
    int loadSeconds,
    int quietCycles,
    int quietSecondsAtLeast,
    int cores,
    String java,
    String operatorJvm,
    List<ModeResult> modes,
    String api,
    String apiServer) {

  /** Results written before the benchmark could use a cluster were all against the mock. */
  public RunResult {
    api = api != null ? api : "mock";
    apiServer = apiServer != null ? apiServer : "Fabric8 mock API server (CRUD mode) in the benchmark's JVM";
  }
}
