package dev.ao.operator.metrics;

import dev.ao.operator.scm.RateBudget;
import dev.ao.operator.scm.github.GitHubHttp;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * GitHub traffic: every request by API and result, and what is left of each rate-limit budget as
 * GitHub last reported it. The request results are the ones the poll economy is judged by: a 304
 * is free, a 200 costs, rate_limited means the operator is backing off.
 */
public final class GitHubMetrics implements GitHubHttp.RequestCounter {
  private final Counter requests;
  private volatile Supplier<List<RateBudget>> budgets = List::of;

  GitHubMetrics(PrometheusRegistry registry) {
    requests = Counter.builder()
        .name("ao_github_requests_total")
        .help("GitHub API requests by api (graphql, rest) and result (200, 304, error, rate_limited)")
        .labelNames("api", "result")
        .register(registry);
    for (String result : List.of("200", "error", "rate_limited")) {
      requests.initLabelValues("graphql", result);
    }
    for (String result : List.of("200", "304", "error", "rate_limited")) {
      requests.initLabelValues("rest", result);
    }
    GaugeWithCallback.builder()
        .name("ao_github_rate_limit_remaining")
        .help("Requests (REST) or points (GraphQL) left in a GitHub rate-limit budget, as last reported")
        .labelNames("budget")
        .callback(cb -> budgets.get().forEach(b -> cb.call(b.remaining(), b.resource())))
        .register(registry);
    GaugeWithCallback.builder()
        .name("ao_github_rate_limit_limit")
        .help("Size of a GitHub rate-limit budget per window, as last reported")
        .labelNames("budget")
        .callback(cb -> budgets.get().forEach(b -> cb.call(b.limit(), b.resource())))
        .register(registry);
  }

  /** Where the budgets are read from at scrape time (the SCM client's last-seen rate-limit headers). */
  public void budgetsFrom(Supplier<List<RateBudget>> source) {
    this.budgets = source;
  }

  /** {@code <api>_<result>}, e.g. {@code graphql_200}, {@code rest_304}, {@code rest_rate_limited}. */
  @Override
  public void count(String outcome) {
    int split = outcome.indexOf('_');
    if (split < 0) {
      requests.labelValues("unknown", outcome).inc();
    } else {
      requests.labelValues(outcome.substring(0, split), outcome.substring(split + 1)).inc();
    }
  }
}
