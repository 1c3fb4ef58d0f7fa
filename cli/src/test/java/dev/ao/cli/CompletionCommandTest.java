package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  @Test
  void should_print_a_bash_script_that_completes_every_command() throws Exception {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run("completion", "bash");

      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("complete -F _complete_ao", "spawn", "batch-spawn", "review-check", "import-config",
          "session", "cleanup", "restore", "--keep-workspace", "--namespace");
      Path script = Files.writeString(ao.home().resolve("ao-completion.bash"), r.out());
      Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
      assertThat(bash.waitFor()).as(new String(bash.getInputStream().readAllBytes())).isZero();
    }
  }

  @Test
  void should_load_bashcompinit_first_for_zsh() {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run("completion", "zsh");

      assertThat(r.out()).startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n")
          .contains("complete -F _complete_ao");
    }
  }

  @Test
  void should_refuse_an_unknown_shell() {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run("completion", "fish");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
      assertThat(r.err()).contains("error: Invalid value for positional parameter at index 0 (<shell>): expected one of [bash, zsh]");
    }
  }
}
