package dev.ao.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.sim.testing.GitCli;
import dev.ao.sim.testing.Http;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulatorMainIT {

  @TempDir Path tmp;

  @Test
  void should_print_urls_and_a_working_token_and_keep_repositories_across_restarts() throws Exception {
    StringWriter printed = new StringWriter();
    try (GitHubSimulator github = start(printed, "--repo", "acme/demo", "--ci", "fail_then_pass",
        "--required-check", "ci", "--data-dir", tmp.resolve("data").toString())) {
      String firstOutput = printed.toString();
      String token = match(firstOutput, "Token:\\s+(\\S+)");
      assertThat(token).startsWith("ghp_sim");
      assertThat(firstOutput).contains("REST API base URL: " + github.apiUrl());
      assertThat(firstOutput).contains("GraphQL endpoint:  " + github.graphqlUrl());

      Http.Response user = Http.bearer(github.baseUrl(), token).get("/api/v3/user");
      assertThat(user.json().path("login").asText()).isEqualTo("developer");

      GitCli git = new GitCli(tmp.resolve("home"));
      git.run(tmp, "clone", match(firstOutput, "Clone:\\s+git clone (\\S+)"), "demo").assertOk();
      Path work = tmp.resolve("demo");
      git.run(work, "checkout", "-b", "feat/x").assertOk();
      git.run(work, "commit", "--allow-empty", "-m", "first try").assertOk();
      git.run(work, "push", "origin", "feat/x").assertOk();
      String sha = git.run(work, "rev-parse", "HEAD").assertOk().output().strip();
      Http.Response checks = Http.bearer(github.baseUrl(), token)
          .get("/api/v3/repos/acme/demo/commits/" + sha + "/check-runs");
      assertThat(checks.json().path("check_runs").path(0).path("conclusion").asText()).isEqualTo("failure");
    }
    try (GitHubSimulator again =
        start(new StringWriter(), "--token", "ghp_fixed", "--data-dir", tmp.resolve("data").toString())) {
      Http.Response repo = Http.bearer(again.baseUrl(), "ghp_fixed").get("/api/v3/repos/acme/demo");
      assertThat(repo.status()).as("a repository on disk is served again").isEqualTo(200);
      assertThat(again.control().branchTip("acme", "demo", "feat/x")).isNotNull();
    }
  }

  private static GitHubSimulator start(StringWriter out, String... args) {
    SimulatorMain main = new SimulatorMain();
    new CommandLine(main).parseArgs(args);
    return main.startAndDescribe(new PrintWriter(out));
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("output contains " + regex + ":\n" + text).isTrue();
    return m.group(1);
  }
}
