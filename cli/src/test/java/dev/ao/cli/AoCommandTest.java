package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import org.junit.jupiter.api.Test;

class AoCommandTest {
  @Test
  void should_print_the_help_without_a_subcommand() {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run();

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("Usage: ao", "spawn", "batch-spawn", "review-check", "import-config",
          "Exit codes: 0 ok, 1 invalid input or state, 2 cluster/API error, 3 not found.");
      assertThat(ao.run("session").out()).contains("Usage: ao session", "cleanup", "restore", "attach", "logs");
    }
  }

  @Test
  void should_suggest_the_closest_command_for_a_typo_and_exit_1() {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run("spwan", "webapp", "42");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
      assertThat(r.err()).contains("error: Unmatched arguments from index 0: 'spwan'", "spawn", "See 'ao --help'.");
    }
  }

  @Test
  void should_exit_1_on_an_unknown_flag_or_output_format() {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result flag = ao.run("status", "--colour");
      assertThat(flag.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
      assertThat(flag.err()).contains("Unknown option: '--colour'", "See 'ao status --help'.");

      Result format = ao.run("status", "-o", "xml");
      assertThat(format.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
      assertThat(format.err()).contains("expected one of [table, wide, json, yaml, name]");
    }
  }

  @Test
  void should_print_the_cli_version_with_dash_dash_version() {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      assertThat(ao.run("--version").out()).matches("ao \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }
  }
}
