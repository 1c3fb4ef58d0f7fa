package dev.ao.runner.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ao.runner.Env;
import dev.ao.runner.RunnerFailure;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceSettingsTest {
  @Test
  void reads_the_contract_variables_with_their_defaults() {
    WorkspaceSettings s = WorkspaceSettings.from(new Env(Map.of(
        "AO_REPO_URL", "https://github.com/acme/webapp.git", "AO_BRANCH", "feat/x",
        "AO_SETUP_COMMANDS", "[\"npm ci\", \"make gen\"]")));
    assertThat(s.workspace()).isEqualTo(Path.of("/workspace"));
    assertThat(s.baseBranch()).isEqualTo("main");
    assertThat(s.tokenFile()).isEqualTo(Path.of("/var/run/ao/git/token"));
    assertThat(s.username()).isEqualTo("x-access-token");
    assertThat(s.setupCommands()).containsExactly("npm ci", "make gen");
  }

  @Test
  void missing_or_malformed_settings_fail_with_the_variable_name() {
    assertThatThrownBy(() -> WorkspaceSettings.from(new Env(Map.of("AO_BRANCH", "b"))))
        .isInstanceOf(RunnerFailure.class).hasMessage("AO_REPO_URL is not set");
    assertThatThrownBy(() -> WorkspaceSettings.parseSetupCommands("npm ci"))
        .isInstanceOf(RunnerFailure.class).hasMessage("AO_SETUP_COMMANDS must be a JSON array of strings");
  }

  @Test
  void a_url_is_shown_without_credentials() {
    assertThat(RepoUrls.withoutUserInfo("https://user:ghp_secret@github.com/acme/webapp.git"))
        .isEqualTo("https://github.com/acme/webapp.git");
    assertThat(RepoUrls.withoutUserInfo("https://github.com/acme/webapp.git")).isEqualTo("https://github.com/acme/webapp.git");
  }
}
