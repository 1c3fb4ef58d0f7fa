package dev.ao.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated launch script, run by a real shell. */
class LaunchScriptIT {
  @TempDir Path dir;

  @Test
  void runs_the_argv_exactly_and_records_the_exit_code() throws Exception {
    Files.createFile(dir.resolve("go"));
    List<String> argv = List.of("sh", "-c", "printf '%s|' \"$@\" > args.txt; exit 7", "ignored",
        "it's \"quoted\" $HOME", "multi\nline", "");
    Path script = Files.writeString(dir.resolve("launch.sh"),
        LaunchScript.render(argv, dir.resolve("go"), dir.resolve("exit-code")));

    Process sh = new ProcessBuilder("sh", script.toString()).directory(dir.toFile()).start();

    assertThat(sh.waitFor()).isEqualTo(7);
    assertThat(Files.readString(dir.resolve("args.txt"), StandardCharsets.UTF_8))
        .isEqualTo("it's \"quoted\" $HOME|multi\nline||");
    assertThat(dir.resolve("exit-code")).hasContent("7");
  }
}
