package dev.ao.sim.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.testing.GitCli;
import dev.ao.sim.testing.Http;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitServerIT {

  private static final String TOKEN = "ghp_agenttoken";

  @TempDir Path tmp;
  private GitHubSimulator github;
  private GitCli git;

  @BeforeEach
  void start() throws Exception {
    github = GitHubSimulator.start();
    github.control().addToken(TOKEN, "agent");
    github.control().createRepo(RepoSpec.of("acme", "webapp").withInitialFiles(Map.of("README.md", "hello\n")));
    git = new GitCli(tmp.resolve("home"));
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void should_clone_push_and_fetch_with_the_git_cli() throws Exception {
    String url = GitCli.withToken(github.cloneUrl("acme", "webapp"), TOKEN);
    git.run(tmp, "clone", url, "work").assertOk();
    Path work = tmp.resolve("work");
    assertThat(Files.readString(work.resolve("README.md"))).isEqualTo("hello\n");

    git.run(work, "checkout", "-b", "feat/login").assertOk();
    Files.writeString(work.resolve("login.txt"), "login\n");
    git.run(work, "add", "login.txt").assertOk();
    git.run(work, "commit", "-m", "Add login").assertOk();
    git.run(work, "push", "origin", "feat/login").assertOk();

    String pushed = git.run(work, "rev-parse", "HEAD").assertOk().output().strip();
    assertThat(github.control().branchTip("acme", "webapp", "feat/login")).isEqualTo(pushed);
    assertThat(github.control().events(0))
        .anySatisfy(e -> assertThat(e.type() + " " + e.detail()).startsWith("push feat/login"));

    String upstream = github.control().commit("acme", "webapp", "main", "Upstream change",
        Map.of("NEWS.md", "news\n"), "maintainer");
    git.run(work, "fetch", "origin").assertOk();
    assertThat(git.run(work, "rev-parse", "origin/main").assertOk().output().strip()).isEqualTo(upstream);
  }

  @Test
  void should_clone_and_push_with_jgit() throws Exception {
    UsernamePasswordCredentialsProvider credentials = new UsernamePasswordCredentialsProvider("x-access-token", TOKEN);
    try (Git clone = Git.cloneRepository().setURI(github.cloneUrl("acme", "webapp"))
        .setDirectory(tmp.resolve("jgit").toFile()).setCredentialsProvider(credentials).call()) {
      Files.writeString(tmp.resolve("jgit/jgit.txt"), "from jgit\n");
      clone.add().addFilepattern("jgit.txt").call();
      RevCommit commit = clone.commit().setMessage("From JGit").setAuthor("Agent", "agent@example.com").call();
      clone.push().setCredentialsProvider(credentials).add("main").call();

      assertThat(github.control().branchTip("acme", "webapp", "main")).isEqualTo(commit.name());
      clone.fetch().setCredentialsProvider(credentials).call();
      assertThat(clone.getRepository().resolve("refs/remotes/origin/" + Constants.MASTER)).isNull();
      assertThat(clone.getRepository().resolve("refs/remotes/origin/main").name()).isEqualTo(commit.name());
    }
  }

  @Test
  void should_reject_a_wrong_token_with_401() {
    String url = GitCli.withToken(github.cloneUrl("acme", "webapp"), "wrong-token");
    GitCli.Result result = git.run(tmp, "clone", url, "denied");
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("Authentication failed");
    Http.Response raw = new Http(github.baseUrl(), basic("x-access-token", "wrong-token"))
        .get("/acme/webapp.git/info/refs?service=git-upload-pack");
    assertThat(raw.status()).isEqualTo(401);
    assertThat(raw.header("WWW-Authenticate")).startsWith("Basic");
    github.control().createRepo(RepoSpec.of("acme", "open").withAnonymousRead(true));
    assertThat(new Http(github.baseUrl(), basic("x-access-token", "wrong-token"))
        .get("/acme/open.git/info/refs?service=git-upload-pack").status())
        .as("wrong credentials are refused even where anonymous reads are allowed").isEqualTo(401);

    assertThatThrownBy(() -> Git.cloneRepository().setURI(github.cloneUrl("acme", "webapp"))
        .setDirectory(tmp.resolve("denied-jgit").toFile())
        .setCredentialsProvider(new UsernamePasswordCredentialsProvider("x", "wrong-token")).call())
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("not authorized");
  }

  @Test
  void should_answer_404_for_an_unknown_repository() {
    String url = GitCli.withToken(github.cloneUrl("acme", "nope"), TOKEN);
    GitCli.Result result = git.run(tmp, "clone", url, "missing");
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("not found");
    Http.Response raw = new Http(github.baseUrl(), basic("x-access-token", TOKEN))
        .get("/acme/nope.git/info/refs?service=git-upload-pack");
    assertThat(raw.status()).isEqualTo(404);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void should_allow_anonymous_clone_only_of_a_public_repository() {
    github.control().createRepo(RepoSpec.of("acme", "public-docs").withAnonymousRead(true));
    git.run(tmp, "clone", github.cloneUrl("acme", "public-docs"), "public").assertOk();

    GitCli.Result privateClone = git.run(tmp, "clone", github.cloneUrl("acme", "webapp"), "private");
    assertThat(privateClone.exitCode()).isNotZero();

    Path publicWork = tmp.resolve("public");
    git.run(publicWork, "commit", "--allow-empty", "-m", "anonymous push").assertOk();
    GitCli.Result anonymousPush = git.run(publicWork, "push", "origin", "main");
    assertThat(anonymousPush.exitCode()).isNotZero();
  }
}
