package dev.ao.runner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ao.runner.RunnerFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerTokenTest {
  @TempDir Path dir;

  @Test
  void accepts_only_the_exact_bearer_token() throws Exception {
    BearerToken token = BearerToken.read(Files.writeString(dir.resolve("token"), "s3cr3t-token\n"));
    assertThat(token.accepts("Bearer s3cr3t-token")).isTrue();
    assertThat(token.accepts("Bearer s3cr3t-tokenX")).isFalse();
    assertThat(token.accepts("Bearer s3cr3t-toke")).isFalse();
    assertThat(token.accepts("Basic s3cr3t-token")).isFalse();
    assertThat(token.accepts("s3cr3t-token")).isFalse();
    assertThat(token.accepts(null)).isFalse();
  }

  @Test
  void refuses_to_run_without_a_token() throws Exception {
    assertThatThrownBy(() -> BearerToken.read(dir.resolve("absent")))
        .isInstanceOf(RunnerFailure.class).hasMessageContaining("cannot read the runner token file");
    Path blank = Files.writeString(dir.resolve("blank"), " \n");
    assertThatThrownBy(() -> BearerToken.read(blank)).isInstanceOf(RunnerFailure.class).hasMessageContaining("empty");
  }
}
