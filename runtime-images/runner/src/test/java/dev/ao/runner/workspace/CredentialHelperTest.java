package dev.ao.runner.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CredentialHelperTest {
  @Test
  void the_helper_reads_the_token_file_when_git_asks_and_contains_no_token() {
    String helper = CredentialHelper.script("x-access-token", Path.of("/var/run/ao/git/token"));
    assertThat(helper)
        .startsWith("!f() { test \"$1\" = get || exit 0; ")
        .contains("echo 'username=x-access-token';")
        .contains("\"$(cat '/var/run/ao/git/token')\"")
        .endsWith("; }; f");
  }

  @Test
  void odd_characters_in_the_path_or_user_stay_quoted() {
    assertThat(CredentialHelper.script("o'brien", Path.of("/tmp/my token")))
        .contains("'username=o'\\''brien'")
        .contains("cat '/tmp/my token'");
  }
}
