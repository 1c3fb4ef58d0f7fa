package dev.ao.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's arithmetic: nearest-rank percentiles, per-cycle figures, the product ÷ baseline column. */
class ResultTableTest {
  @Test
  void should_take_nearest_rank_percentiles_and_nan_for_no_sample() {
    List<Double> hundred = new java.util.ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      hundred.add((double) i);
    }
    Percentiles p = Percentiles.of(hundred);
    assertThat(p.count()).isEqualTo(100);
    assertThat(p.p50()).isEqualTo(50);
    assertThat(p.p95()).isEqualTo(95);
    assertThat(p.p99()).isEqualTo(99);
    assertThat(p.max()).isEqualTo(100);
    assertThat(Percentiles.of(List.of(7.0)).p99()).isEqualTo(7);
    assertThat(Percentiles.of(List.of()).p50()).isNaN();
  }

  @Test
  void should_divide_request_counts_by_cycles_of_all_repositories() {
    CycleFigures f = CycleFigures.of(new dev.ao.sim.api.SimulatorStats(30, 0, 12, 0, 0, 0, 33, 0), 30, 10);
    assertThat(f.cycles()).isEqualTo(3);
    assertThat(f.graphqlPerCycle()).isEqualTo(10);
    assertThat(f.rest304PerCycle()).isEqualTo(4);
    assertThat(f.pointsPerCycle()).isEqualTo(11);
  }

  @Test
  void should_show_each_mode_and_the_ratio_of_product_to_baseline() {
    RunResult run = new RunResult("2026-12-02T00:00:00Z", 1000, 10, 10, 1.0, 90, 3, 60, 2, "OpenJDK 17", "-Xmx384m",
        List.of(mode("shared", 10), mode("per-session", 1000)), "mock", "Fabric8 mock API server");

    String table = ResultTable.markdown(run);

    assertThat(table).startsWith("N = 1000 Sessions, R = 10 repositories, poll interval 10 s, 1.0 changes/s for 90 s, 2 cores");
    assertThat(table).contains("\n\nKubernetes API (mock): Fabric8 mock API server\n\n");
    assertThat(table).contains("| figure | unit | shared | per-session | shared ÷ per-session |");
    assertThat(table).contains("| API requests per second, nothing changing | 1/s | 25 | 25 | 1 |");
    assertThat(table).contains("| API writes (create, update, patch, delete) per second, under changes | 1/s | 5 | 5 | 1 |");
    assertThat(table).as("the mock has no API server process of its own").contains("| API server cores used on average, under changes | cores | – | – |  |");
    assertThat(table).contains("| GraphQL requests per cycle, nothing changing | requests | 10 | 1,000 | 0.0100 |");
    assertThat(table).contains("| GraphQL points per cycle ≤ 1 per 50 Sessions (20) | 10 (1 per 100 Sessions) | yes |");
    assertThat(table).contains("| change → status p99 ≤ poll interval + 2 s (12 s) | 0.0010 s, 0 missed | yes |");
    assertThat(table).contains("| operator heap after GC < 300 MiB | 50 MiB | yes |");
    assertThat(ResultFiles.csv(run)).contains("\"GraphQL requests per cycle, nothing changing\",requests,10.0000,1000.00,0.0100000\n");
  }

  @Test
  void should_check_the_targets_against_the_product_whichever_order_the_modes_ran_in() {
    RunResult run = new RunResult("2026-12-02T00:00:00Z", 1000, 10, 10, 1.0, 90, 3, 60, 2, "OpenJDK 17", "-Xmx384m",
        List.of(mode("per-session", 1000), mode("shared", 10)), "mock", "Fabric8 mock API server");

    assertThat(ResultTable.markdown(run)).contains("| GraphQL points per cycle ≤ 1 per 50 Sessions (20) | 10 (1 per 100 Sessions) | yes |");
  }

  @Test
  void should_leave_the_targets_out_when_only_the_baseline_ran() {
    RunResult run = new RunResult("2026-12-02T00:00:00Z", 1000, 10, 10, 1.0, 90, 3, 60, 2, "OpenJDK 17", "-Xmx384m",
        List.of(mode("per-session", 1000)), "mock", "Fabric8 mock API server");

    assertThat(ResultTable.markdown(run)).doesNotContain("| target,");
  }

  @Test
  void should_name_results_files_by_api_and_put_both_apis_side_by_side() {
    RunResult mock = new RunResult("2026-12-02T00:00:00Z", 1000, 10, 10, 1.0, 90, 3, 60, 2, "OpenJDK 17", "-Xmx384m",
        List.of(mode("shared", 10), mode("per-session", 1000)), "mock", "Fabric8 mock API server");
    RunResult real = new RunResult("2026-12-02T01:00:00Z", 1000, 10, 10, 1.0, 90, 3, 60, 2, "OpenJDK 17", "-Xmx384m",
        List.of(mode("shared", 11), mode("per-session", 1001)), "kubeconfig", "kube-apiserver v1.20.2 at https://127.0.0.1:6443");

    assertThat(ResultFiles.baseName(mock)).isEqualTo("sessions-1000-repos-10-mock");
    assertThat(ResultFiles.baseName(real)).isEqualTo("sessions-1000-repos-10-kubeconfig");
    String table = SideBySide.markdown(List.of(mock, real));
    assertThat(table).contains("- kubeconfig: kube-apiserver v1.20.2 at https://127.0.0.1:6443, 2026-12-02T01:00:00Z\n");
    assertThat(table).contains("| figure | unit | shared, mock | shared, kubeconfig | per-session, mock | per-session, kubeconfig |");
    assertThat(table).contains("| GraphQL requests per cycle, nothing changing | requests | 10 | 11 | 1,000 | 1,001 |");
  }

  @Test
  void should_read_results_of_before_the_api_was_measured_as_mock_runs_without_api_figures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path old = dir.resolve("sessions-1000-repos-10-mock.json");
    java.nio.file.Files.writeString(old, """
        {"startedAt":"2026-12-03T06:58:46Z","sessions":1000,"repos":10,"pollIntervalSeconds":10,"changesPerSecond":1.0,"loadSeconds":90,
         "quietCycles":3,"quietSecondsAtLeast":60,"cores":2,"java":"OpenJDK 17","operatorJvm":"-Xmx384m",
         "modes":[{"mode":"shared","quiet":{"cycles":6.0,"graphqlPerCycle":10.0},"load":{"cycles":8.9,"graphqlPerCycle":16.4},
                   "changesMade":90,"changeToStatusMillis":{"count":90,"p50":5788.0},"spawnMillis":{"count":1000},"heapAfterGcMiB":67.8}]}
        """);
    RunResult real = new RunResult("2026-12-04T00:00:00Z", 1000, 10, 10, 1.0, 90, 3, 60, 2, "OpenJDK 17", "-Xmx384m",
        List.of(mode("shared", 10)), "kubeconfig", "kube-apiserver v1.20.2");

    java.nio.file.Path written = SideBySide.writeIfComplete(real, dir).orElseThrow();

    String table = java.nio.file.Files.readString(written);
    assertThat(written.getFileName().toString()).isEqualTo("sessions-1000-repos-10-mock-vs-kubeconfig.md");
    assertThat(table).contains("- mock: Fabric8 mock API server (CRUD mode) in the benchmark's JVM, 2026-12-03T06:58:46Z\n");
    assertThat(table).contains("| GraphQL requests per cycle, nothing changing | requests | 10 | 10 |");
    assertThat(table).contains("| API requests per second, nothing changing | 1/s | – | 25 |");
  }

  @Test
  void should_write_no_side_by_side_while_the_other_api_has_not_run(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    RunResult real = new RunResult("2026-12-04T00:00:00Z", 50, 2, 10, 1.0, 90, 3, 60, 2, "OpenJDK 17", "-Xmx384m",
        List.of(mode("shared", 2)), "kubeconfig", "kube-apiserver v1.20.2");

    assertThat(SideBySide.writeIfComplete(real, dir)).isEmpty();
  }

  private static ModeResult mode(String name, double graphqlPerCycle) {
    CycleFigures cycle = new CycleFigures(3, graphqlPerCycle, 0, 0, graphqlPerCycle, 0, 0);
    Percentiles none = Percentiles.of(List.of(1.0));
    ApiRates api = new ApiRates(20, 5, 0, 0, Double.NaN, Double.NaN);
    return new ModeResult(name, cycle, cycle, 1, none, 0, none, 50, 10, 10, 1, 1, 0.1, 0.1, 30, 90, 1, 1, 1, 0, api, api);
  }
}
