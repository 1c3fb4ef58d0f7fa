package dev.ao.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchScriptTest {
  @Test
  void quotes_every_argument_so_the_shell_passes_it_through_unchanged() {
    String script = LaunchScript.render(List.of("agent", "it's $HOME `x`", "two\nlines"),
        Path.of("/tmp/s/go"), Path.of("/tmp/s/exit-code"));
    assertThat(script).contains("'agent' 'it'\\''s $HOME `x`' 'two\nlines'\n");
    assertThat(script).contains("while [ ! -e '/tmp/s/go' ]");
    assertThat(script).contains("> '/tmp/s/exit-code.partial' && mv '/tmp/s/exit-code.partial' '/tmp/s/exit-code'");
    assertThat(script).endsWith("exit \"$code\"\n");
  }
}
