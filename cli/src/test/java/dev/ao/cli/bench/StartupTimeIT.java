package dev.ao.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link StartupBenchmark} on the packaged jar and prints the numbers. The bound is loose on
 * purpose (machines are shared); the printed numbers are what the README reports.
 */
class StartupTimeIT {
  @Test
  void should_list_1000_sessions_in_a_fresh_jvm_within_seconds() throws Exception {
    Path jar = Path.of(System.getProperty("ao.jar", "target/ao.jar"));
    Path jsa = Path.of(System.getProperty("ao.jsa", "target/ao.jsa"));
    assertThat(jar).as("package the CLI first").exists();

    List<StartupBenchmark.Timing> timings = StartupBenchmark.run(jar, jsa, 3);
    timings.forEach(t -> System.out.println(StartupBenchmark.line(t)));

    assertThat(timings).filteredOn(t -> t.command().contains("1,000"))
        .allSatisfy(t -> assertThat(t.medianMillis()).isLessThan(10_000));
    if (Files.isRegularFile(jsa)) {
      assertThat(timings).anySatisfy(t -> assertThat(t.variant()).contains("AppCDS"));
    }
  }
}
