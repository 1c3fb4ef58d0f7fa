package dev.ao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The benchmark end to end at a size CI affords (20 Sessions, 2 repositories, 2 s polls): both polling modes run,
 * every change reaches status, and the request counts are the ones the design promises. Keeps the harness from
 * rotting between the scale runs recorded in bench/README.md; its timings are not asserted.
 */
class BenchSmokeIT {
  private static final int SESSIONS = 20;
  private static final int REPOS = 2;

  @Test
  void should_run_both_polling_modes_and_write_the_table_with_the_promised_request_counts() throws Exception {
    Path target = Path.of("target", "bench-smoke").toAbsolutePath();
    Path results = target.resolve("results");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    int exit;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      exit = new CommandLine(new BenchMain()).execute("--sessions", "" + SESSIONS, "--repos", "" + REPOS, "--poll-interval", "2",
          "--change-rate", "2", "--load-seconds", "8", "--quiet-cycles", "2", "--quiet-seconds", "4", "--results", results.toString(),
          "--work-dir", target.resolve("work").toString(), "--operator-jvm", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    } finally {
      System.setOut(stdout);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    stdout.println(output);

    assertThat(exit).as(output).isZero();
    assertThat(output).contains("| GraphQL requests per cycle, nothing changing | requests | 2 | 20 | 0.10 |");
    assertThat(output).contains("Kubernetes API (mock): Fabric8 mock API server");
    String base = "sessions-" + SESSIONS + "-repos-" + REPOS + "-mock";
    assertThat(results.resolve(base + ".csv")).content().startsWith("figure,unit,shared,per-session,ratio\n");
    assertThat(results.resolve(base + ".md")).exists();
    JsonNode run = new ObjectMapper().readTree(Files.readString(results.resolve(base + ".json")));
    assertThat(run.path("cores").asInt()).isPositive();

    JsonNode shared = run.path("modes").path(0);
    JsonNode perSession = run.path("modes").path(1);
    assertThat(shared.path("mode").asText()).isEqualTo("shared");
    assertThat(perSession.path("mode").asText()).isEqualTo("per-session");
    assertThat(shared.path("quiet").path("graphqlPerCycle").asDouble()).as("one batch query per repository per cycle").isEqualTo(REPOS);
    assertThat(shared.path("quiet").path("rest200PerCycle").asDouble()).as("no primary-limit REST spend when nothing changed").isZero();
    assertThat(perSession.path("quiet").path("graphqlPerCycle").asDouble()).as("the baseline asks once per Session").isEqualTo(SESSIONS);
    for (JsonNode mode : run.path("modes")) {
      assertThat(mode.path("changesMade").asInt()).as(mode.path("mode").asText()).isGreaterThan(5);
      assertThat(mode.path("changesMissed").asInt()).as("changes that never reached status in " + mode.path("mode")).isZero();
      assertThat(mode.path("changeToStatusMillis").path("count").asInt()).isEqualTo(mode.path("changesMade").asInt());
      assertThat(mode.path("spawnMillis").path("count").asInt()).as("a Pod for every Session").isEqualTo(SESSIONS);
      assertThat(mode.path("heapAfterGcMiB").asDouble()).isPositive();
      assertThat(mode.path("reconcileFailures").asLong()).isZero();
      assertThat(mode.path("apiLoad").path("writes").asDouble()).as("Kubernetes API writes under changes (status)").isPositive();
    }
  }
}
