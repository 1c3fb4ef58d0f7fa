package dev.ao.bench.kube;

import java.util.Locale;

/**
 * Requests the Kubernetes API server has answered since it started, by kind of verb, at one moment; two of them make a
 * window. Every client counts: the operator, and the benchmark's own Session watch and kubelet stand-in (a few
 * requests a change).
 *
 * @param nanos {@link System#nanoTime()} of the reading
 * @param reads GET and LIST
 * @param writes create, update, patch, delete (POST, PUT, PATCH, DELETE, DELETECOLLECTION, APPLY)
 * @param watches WATCH requests: the mock counts them when they start, kube-apiserver when they end (a watch is one
 *     long request; informers renew theirs every 5–10 minutes), so either way they are rare
 * @param other any other verb (CONNECT, ...)
 * @param serverCpuSeconds the API server process's CPU time ({@code process_cpu_seconds_total}); NaN for the mock,
 *     which runs in the benchmark's own JVM
 * @param serverResidentBytes the API server process's resident memory; NaN for the mock
 */
public record ApiRequests(long nanos, double reads, double writes, double watches, double other, double serverCpuSeconds,
    double serverResidentBytes) {

  /** Which column a request's verb counts in. */
  public enum VerbClass { READ, WRITE, WATCH, OTHER }

  static final String REQUEST_TOTAL = "apiserver_request_total";

  public static VerbClass classOf(String verb) {
    return switch (verb.toUpperCase(Locale.ROOT)) {
      case "GET", "LIST" -> VerbClass.READ;
      case "WATCH", "WATCHLIST" -> VerbClass.WATCH;
      case "POST", "CREATE", "PUT", "UPDATE", "PATCH", "DELETE", "DELETECOLLECTION", "APPLY" -> VerbClass.WRITE;
      default -> VerbClass.OTHER;
    };
  }

  /**
   * kube-apiserver's own count, from its {@code /metrics}: {@code apiserver_request_total} summed by verb class,
   * without the scrapes of {@code /metrics} itself (the benchmark's readings).
   */
  public static ApiRequests fromMetrics(long nanos, String prometheusText) {
    double[] byClass = new double[VerbClass.values().length];
    boolean any = false;
    for (PrometheusText.Sample s : PrometheusText.samples(prometheusText, REQUEST_TOTAL)) {
      any = true;
      if (s.label("resource").isEmpty() && s.label("subresource").equals("/metrics")) {
        continue;
      }
      byClass[classOf(s.label("verb")).ordinal()] += s.value();
    }
    if (!any) {
      throw new IllegalArgumentException("no " + REQUEST_TOTAL + " in the API server's metrics");
    }
    return new ApiRequests(nanos, byClass[VerbClass.READ.ordinal()], byClass[VerbClass.WRITE.ordinal()], byClass[VerbClass.WATCH.ordinal()],
        byClass[VerbClass.OTHER.ordinal()], PrometheusText.sum(prometheusText, "process_cpu_seconds_total"),
        PrometheusText.sum(prometheusText, "process_resident_memory_bytes"));
  }

  public double total() {
    return reads + writes + watches + other;
  }
}
