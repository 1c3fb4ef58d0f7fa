package dev.ao.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminationMessageTest {
  @TempDir Path dir;

  @Test
  void writes_one_redacted_line() throws Exception {
    Path file = dir.resolve("termination-log");
    SecretRedactor redactor = new SecretRedactor().add("ghp_abcdef123456");
    String line = new TerminationMessage(file, redactor)
        .write("clone failed:\n  server said ghp_abcdef123456 is invalid\n");

    assertThat(line).isEqualTo("clone failed: server said *** is invalid");
    assertThat(Files.readString(file)).isEqualTo(line + "\n");
  }

  @Test
  void keeps_long_reasons_short_and_tolerates_an_unwritable_path() {
    String line = new TerminationMessage(dir.resolve("missing/dir/file"), SecretRedactor.none()).write("x".repeat(5000));
    assertThat(line).hasSize(TerminationMessage.MAX_LENGTH).endsWith("...");
    assertThat(TerminationMessage.oneLine(null)).isEqualTo("failed for an unknown reason");
  }
}
