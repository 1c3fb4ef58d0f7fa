package dev.ao.bench.report;

import dev.ao.bench.kube.ApiRequests;

/**
 * Requests per second the Kubernetes API server answered over a window, by kind of verb, and what the API server
 * itself used (NaN for the mock, which shares the benchmark's JVM).
 *
 * @param serverCores the API server process's CPU seconds per wall second
 * @param serverResidentMiB its resident memory at the window's end
 */
public record ApiRates(double reads, double writes, double watches, double other, double serverCores, double serverResidentMiB) {
  /** For results from before the benchmark counted API requests. */
  public static final ApiRates NOT_MEASURED = new ApiRates(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  public static ApiRates between(ApiRequests from, ApiRequests to) {
    double seconds = (to.nanos() - from.nanos()) / 1e9;
    if (seconds <= 0) {
      throw new IllegalArgumentException("the window ends before it starts");
    }
    return new ApiRates((to.reads() - from.reads()) / seconds, (to.writes() - from.writes()) / seconds, (to.watches() - from.watches()) / seconds,
        (to.other() - from.other()) / seconds, (to.serverCpuSeconds() - from.serverCpuSeconds()) / seconds,
        to.serverResidentBytes() / (1024 * 1024));
  }

  public double total() {
    return reads + writes + watches + other;
  }
}
