package dev.ao.bench.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ao.bench.kube.ApiRequests.VerbClass;
import dev.ao.bench.report.ApiRates;
import org.junit.jupiter.api.Test;

/** Reading kube-apiserver's request counts from its /metrics, and counting the mock's requests the same way. */
class ApiRequestsTest {
  /** As kube-apiserver 1.20 writes it (trimmed): creates are POST, updates PUT; non-resource paths in "subresource". */
  private static final String METRICS = """
      # HELP apiserver_request_terminations_total [ALPHA] Number of requests which apiserver terminated in self-defense.
      # TYPE apiserver_request_terminations_total counter
      apiserver_request_terminations_total{code="429",component="apiserver",group="",resource="pods",scope="namespace",subresource="",verb="LIST",version="v1"} 999
      # HELP apiserver_request_total [STABLE] Counter of apiserver requests broken out for each verb, dry run value, group, version, resource, scope, component, and HTTP response code.
      # TYPE apiserver_request_total counter
      apiserver_request_total{code="200",component="apiserver",contentType="application/json",dry_run="",group="",resource="pods",scope="resource",subresource="",verb="GET",version="v1"} 120
      apiserver_request_total{code="200",component="apiserver",contentType="application/json",dry_run="",group="agent-orchestrator.io",resource="sessions",scope="namespace",subresource="",verb="LIST",version="v1"} 3
      apiserver_request_total{code="201",component="apiserver",contentType="application/json",dry_run="",group="",resource="pods",scope="resource",subresource="",verb="POST",version="v1"} 1.5e+03
      apiserver_request_total{code="200",component="apiserver",contentType="application/json",dry_run="",group="agent-orchestrator.io",resource="sessions",scope="resource",subresource="status",verb="PUT",version="v1"} 40
      apiserver_request_total{code="200",component="apiserver",contentType="application/json",dry_run="",group="",resource="pods",scope="resource",subresource="",verb="PATCH",version="v1"} 7
      apiserver_request_total{code="200",component="apiserver",contentType="application/json",dry_run="",group="",resource="pods",scope="resource",subresource="",verb="DELETE",version="v1"} 2
      apiserver_request_total{code="200",component="apiserver",contentType="application/json",dry_run="",group="",resource="secrets",scope="namespace",subresource="",verb="DELETECOLLECTION",version="v1"} 1
      apiserver_request_total{code="200",component="apiserver",contentType="application/json",dry_run="",group="",resource="pods",scope="namespace",subresource="",verb="WATCH",version="v1"} 4 1700000000000
      apiserver_request_total{code="101",component="apiserver",contentType="",dry_run="",group="",resource="pods",scope="resource",subresource="exec",verb="CONNECT",version="v1"} 1
      apiserver_request_total{code="200",component="",contentType="text/plain;charset=utf-8",dry_run="",group="",resource="",scope="",subresource="/readyz",verb="GET",version=""} 5
      apiserver_request_total{code="200",component="",contentType="text/plain;charset=utf-8",dry_run="",group="",resource="",scope="",subresource="/metrics",verb="GET",version=""} 77
      # HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.
      # TYPE process_cpu_seconds_total counter
      process_cpu_seconds_total 4.38
      process_resident_memory_bytes 3.23735552e+08
      """;

  @Test
  void should_sum_apiserver_request_total_by_kind_of_verb_without_the_metrics_scrapes() {
    ApiRequests r = ApiRequests.fromMetrics(42, METRICS);

    assertThat(r.nanos()).isEqualTo(42);
    assertThat(r.reads()).as("GET, LIST and the /readyz probes; not the scrapes of /metrics").isEqualTo(120 + 3 + 5);
    assertThat(r.writes()).as("POST, PUT, PATCH, DELETE, DELETECOLLECTION").isEqualTo(1500 + 40 + 7 + 2 + 1);
    assertThat(r.watches()).isEqualTo(4);
    assertThat(r.other()).as("CONNECT").isEqualTo(1);
    assertThat(r.total()).isEqualTo(128 + 1550 + 4 + 1);
    assertThat(r.serverCpuSeconds()).isEqualTo(4.38);
    assertThat(r.serverResidentBytes()).isEqualTo(323735552);
  }

  @Test
  void should_refuse_metrics_without_request_counts() {
    assertThatThrownBy(() -> ApiRequests.fromMetrics(0, "process_cpu_seconds_total 1\n"))
        .hasMessageContaining("apiserver_request_total");
  }

  @Test
  void should_make_per_second_rates_of_two_readings() {
    ApiRequests from = new ApiRequests(1_000_000_000L, 100, 10, 2, 0, 5.0, 100 * 1024 * 1024);
    ApiRequests to = new ApiRequests(11_000_000_000L, 300, 60, 2, 1, 7.5, 200 * 1024 * 1024);

    ApiRates rates = ApiRates.between(from, to);

    assertThat(rates.reads()).isEqualTo(20);
    assertThat(rates.writes()).isEqualTo(5);
    assertThat(rates.watches()).isZero();
    assertThat(rates.other()).isEqualTo(0.1, within(1e-9));
    assertThat(rates.total()).isEqualTo(25.1, within(1e-9));
    assertThat(rates.serverCores()).isEqualTo(0.25, within(1e-9));
    assertThat(rates.serverResidentMiB()).isEqualTo(200);
    assertThat(ApiRates.between(new ApiRequests(0, 0, 0, 0, 0, Double.NaN, Double.NaN), new ApiRequests(1_000_000_000L, 1, 0, 0, 0, Double.NaN,
        Double.NaN)).serverCores()).as("the mock: no API server process of its own").isNaN();
  }

  @Test
  void should_read_labels_with_escapes_and_skip_metrics_that_only_share_the_prefix() {
    String text = """
        apiserver_request_total_other{verb="GET"} 9
        apiserver_request_total{a="x\\"y,z",b="back\\\\slash",verb="LIST"} 2
        apiserver_request_total 3
        """;

    var samples = PrometheusText.samples(text, "apiserver_request_total");

    assertThat(samples).hasSize(2);
    assertThat(samples.get(0).label("a")).isEqualTo("x\"y,z");
    assertThat(samples.get(0).label("b")).isEqualTo("back\\slash");
    assertThat(samples.get(0).label("verb")).isEqualTo("LIST");
    assertThat(samples.get(1).labels()).isEmpty();
    assertThat(PrometheusText.sum(text, "apiserver_request_total")).isEqualTo(5);
    assertThat(PrometheusText.sum(text, "process_cpu_seconds_total")).isNaN();
  }

  @Test
  void should_count_the_mocks_requests_as_kube_apiserver_reports_them() {
    assertThat(MockKubeApi.CountingDispatcher.classOf("GET", "/api/v1/namespaces/b/pods/p")).isEqualTo(VerbClass.READ);
    assertThat(MockKubeApi.CountingDispatcher.classOf("GET", "/api/v1/namespaces/b/pods?labelSelector=x")).isEqualTo(VerbClass.READ);
    assertThat(MockKubeApi.CountingDispatcher.classOf("GET", "/api/v1/namespaces/b/pods?allowWatchBookmarks=true&watch=true"))
        .isEqualTo(VerbClass.WATCH);
    assertThat(MockKubeApi.CountingDispatcher.classOf("GET", "/apis/agent-orchestrator.io/v1/sessions?watch=1&resourceVersion=3"))
        .isEqualTo(VerbClass.WATCH);
    assertThat(MockKubeApi.CountingDispatcher.classOf("GET", "/api/v1/namespaces/b/pods?watch=false")).isEqualTo(VerbClass.READ);
    for (String write : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      assertThat(MockKubeApi.CountingDispatcher.classOf(write, "/api/v1/namespaces/b/pods")).as(write).isEqualTo(VerbClass.WRITE);
    }
    assertThat(MockKubeApi.CountingDispatcher.classOf("OPTIONS", "/")).isEqualTo(VerbClass.OTHER);
  }
}
