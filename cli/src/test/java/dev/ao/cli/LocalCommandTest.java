package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `ao local` runs local mode's own jar (built by the reactor before the CLI) and passes its output and exit code on. */
class LocalCommandTest {
  @Test
  void should_report_local_mode_not_running_on_an_empty_data_dir() throws Exception {
    Path dir = Files.createTempDirectory("ao-local-cli");
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run("local", "status", "--data-dir", dir.toString());

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
      assertThat(r.out()).contains("local mode is not running (data directory " + dir + ")");
    }
  }

  @Test
  void should_refuse_an_unknown_verb_naming_the_ones_that_exist() {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run("local", "start");

      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).contains("unknown verb \"start\"; use up, down, status or demo");
    }
  }

  @Test
  void should_say_how_to_build_local_mode_when_its_jar_is_missing() {
    String before = System.getProperty(LocalCommand.JAR_PROPERTY);
    System.setProperty(LocalCommand.JAR_PROPERTY, "/nonexistent/ao-local.jar");
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run("local", "up");

      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).contains("local mode is not built (/nonexistent/ao-local.jar)").contains("mvn -B -q install -DskipTests");
    } finally {
      if (before == null) {
        System.clearProperty(LocalCommand.JAR_PROPERTY);
      } else {
        System.setProperty(LocalCommand.JAR_PROPERTY, before);
      }
    }
  }
}
