package dev.ao.cli.init;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepoUrlsTest {
  @ParameterizedTest
  @CsvSource({
    "git@github.com:acme/webapp.git, https://github.com/acme/webapp.git",
    "ssh://git@github.com/acme/webapp.git, https://github.com/acme/webapp.git",
    "ssh://git@ghe.acme.example:2222/team/app.git, https://ghe.acme.example/team/app.git",
    "https://x-access-token:ghp_secret@github.com/acme/webapp.git, https://github.com/acme/webapp.git",
    "https://github.com/acme/webapp, https://github.com/acme/webapp",
    "http://git.local:8080/r/app.git, http://git.local:8080/r/app.git"
  })
  void should_turn_clone_urls_into_https_without_credentials(String url, String expected) {
    assertThat(RepoUrls.toHttps(url)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "https://github.com/acme/webapp.git, acme/webapp, webapp",
    "https://github.com/acme/web.app, acme/web.app, web.app"
  })
  void should_read_owner_repo_and_name(String url, String ownerRepo, String name) {
    assertThat(RepoUrls.githubRepository(url)).contains(ownerRepo);
    assertThat(RepoUrls.repoName(url)).isEqualTo(name);
  }
}
