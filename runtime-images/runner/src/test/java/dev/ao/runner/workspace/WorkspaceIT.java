package dev.ao.runner.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.runner.testing.GitHttpServer;
import dev.ao.runner.testing.RunnerJar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ao-runner workspace} (the packaged jar) against a real git server over HTTP. */
class WorkspaceIT {
  static final String TOKEN = "ghs_workspaceTestToken1234567890";
  static final String USER = "x-access-token";

  @TempDir Path dir;
  GitHttpServer server;
  Path bare;
  ObjectId mainHead;

  @BeforeEach
  void startServerWithRepository() throws Exception {
    bare = dir.resolve("server/webapp.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    Path seed = dir.resolve("seed");
    try (Git git = Git.init().setDirectory(seed.toFile()).setInitialBranch("main").call()) {
      Files.writeString(seed.resolve("README.md"), "# webapp\n");
      git.add().addFilepattern(".").call();
      mainHead = git.commit().setMessage("initial").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
      git.push().setRemote(bare.toUri().toString()).setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
    }
    server = new GitHttpServer(dir.resolve("server"), USER, TOKEN);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void fresh_workspace_is_cloned_onto_a_new_branch_and_the_agents_git_push_reaches_the_server() throws Exception {
    Path ws = dir.resolve("ws");
    RunnerJar.Result result = workspace(env(ws, "feat/issue-42").with("AO_SETUP_COMMANDS",
        "[\"echo ready > .setup-ran\", \"test -f README.md\"]"));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    try (Git git = Git.open(ws.toFile())) {
      assertThat(git.getRepository().getBranch()).isEqualTo("feat/issue-42");
      assertThat(git.getRepository().resolve("HEAD")).isEqualTo(mainHead);
    }
    assertThat(ws.resolve(".setup-ran")).hasContent("ready");

    Files.writeString(ws.resolve("fix.txt"), "fixed\n");
    assertThat(git(ws, "add", "fix.txt").exitCode).isZero();
    assertThat(git(ws, "commit", "-m", "Fix issue 42").exitCode).isZero();
    GitRun push = git(ws, "push");
    assertThat(push.exitCode).as(push.output).isZero();

    try (Repository server = Git.open(bare.toFile()).getRepository()) {
      RevCommit pushed = server.parseCommit(server.resolve("refs/heads/feat/issue-42"));
      assertThat(pushed.getShortMessage()).isEqualTo("Fix issue 42");
      assertThat(pushed.getAuthorIdent().getName()).isEqualTo("Agent 42");
      assertThat(pushed.getAuthorIdent().getEmailAddress()).isEqualTo("agent42@example.com");
    }
    assertNoTokenIn(result, ws);
  }

  @Test
  void restored_session_continues_on_the_remote_branch_with_its_commits() throws Exception {
    ObjectId earlierWork = commitOnServerBranch("feat/restore", "work from the first pod");

    RunnerJar.Result result = workspace(env(dir.resolve("ws"), "feat/restore"));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    try (Git git = Git.open(dir.resolve("ws").toFile())) {
      assertThat(git.getRepository().getBranch()).isEqualTo("feat/restore");
      assertThat(git.getRepository().resolve("HEAD")).isEqualTo(earlierWork);
      assertThat(git.getRepository().getConfig().getString("branch", "feat/restore", "merge"))
          .isEqualTo("refs/heads/feat/restore");
    }
    assertThat(dir.resolve("ws/work.txt")).hasContent("work from the first pod");
  }

  @Test
  void a_session_working_on_the_base_branch_itself_tracks_it() throws Exception {
    RunnerJar.Result result = workspace(env(dir.resolve("ws"), "main"));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    try (Git git = Git.open(dir.resolve("ws").toFile())) {
      assertThat(git.getRepository().getBranch()).isEqualTo("main");
      assertThat(git.getRepository().resolve("HEAD")).isEqualTo(mainHead);
    }
  }

  @Test
  void rerun_on_an_existing_workspace_fetches_and_keeps_local_work() throws Exception {
    Path ws = dir.resolve("ws");
    assertThat(workspace(env(ws, "feat/keep")).exitCode()).isZero();
    Files.writeString(ws.resolve("uncommitted.txt"), "draft\n");
    Files.writeString(ws.resolve("committed.txt"), "local\n");
    git(ws, "add", "committed.txt");
    git(ws, "commit", "-m", "local only");
    ObjectId localHead;
    try (Git git = Git.open(ws.toFile())) {
      localHead = git.getRepository().resolve("HEAD");
    }
    ObjectId newMain = commitOnServerBranch("main", "moved on");

    RunnerJar.Result again = workspace(env(ws, "feat/keep"));

    assertThat(again.exitCode()).as(again.stderr()).isZero();
    try (Git git = Git.open(ws.toFile())) {
      assertThat(git.getRepository().resolve("HEAD")).isEqualTo(localHead);
      assertThat(git.getRepository().resolve("refs/remotes/origin/main")).as("fetched").isEqualTo(newMain);
    }
    assertThat(ws.resolve("uncommitted.txt")).hasContent("draft");
  }

  @Test
  void bad_token_fails_with_its_own_reason_and_never_shows_the_token() throws Exception {
    String wrong = "ghs_wrongTokenValue0987654321";
    Files.writeString(dir.resolve("token"), wrong);
    RunnerJar.Result result = workspace(env(dir.resolve("ws"), "feat/x"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(termination()).isEqualTo("git authentication failed for " + server.url("webapp") + ": the token was rejected\n");
    assertThat(result.stdout() + result.stderr() + termination()).doesNotContain(wrong).doesNotContain(TOKEN);
  }

  @Test
  void unknown_repository_fails_with_its_own_reason() throws Exception {
    RunnerJar.Result result = workspace(env(dir.resolve("ws"), "feat/x").with("AO_REPO_URL", server.url("nope")));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(termination()).isEqualTo("repository not found: " + server.url("nope") + "\n");
    assertThat(result.stdout() + result.stderr() + termination()).doesNotContain(TOKEN);
  }

  @Test
  void missing_base_branch_fails_with_its_own_reason() throws Exception {
    RunnerJar.Result result = workspace(env(dir.resolve("ws"), "feat/x").with("AO_BASE_BRANCH", "develop"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(termination()).isEqualTo("base branch 'develop' not found in " + server.url("webapp") + "\n");
    assertThat(result.stdout() + result.stderr() + termination()).doesNotContain(TOKEN);
  }

  @Test
  void failing_setup_command_fails_with_its_name_and_exit_code() throws Exception {
    RunnerJar.Result result = workspace(env(dir.resolve("ws"), "feat/x")
        .with("AO_SETUP_COMMANDS", "[\"true\", \"echo building; exit 3\"]"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(termination()).isEqualTo("setup command 2 of 2 (`echo building; exit 3`) exited with code 3\n");
    assertThat(result.stdout()).contains("building");
  }

  private ObjectId commitOnServerBranch(String branch, String content) throws Exception {
    Path clone = dir.resolve("other-" + branch.replace('/', '-'));
    try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(clone.toFile()).call()) {
      git.checkout().setCreateBranch(!branch.equals("main")).setName(branch).call();
      Files.writeString(clone.resolve("work.txt"), content);
      git.add().addFilepattern(".").call();
      RevCommit commit = git.commit().setMessage(content).setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
      git.push().setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch)).call();
      return commit;
    }
  }

  /** The environment the operator gives the init container. */
  private Env env(Path ws, String branch) throws IOException {
    Path tokenFile = dir.resolve("token");
    if (!Files.exists(tokenFile)) {
      Files.writeString(tokenFile, TOKEN + "\n");
    }
    Env env = new Env();
    env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
    env.put("AO_WORKSPACE", ws.toString());
    env.put("AO_REPO_URL", server.url("webapp"));
    env.put("AO_BASE_BRANCH", "main");
    env.put("AO_BRANCH", branch);
    env.put("AO_GIT_TOKEN_FILE", tokenFile.toString());
    env.put("AO_GIT_AUTHOR_NAME", "Agent 42");
    env.put("AO_GIT_AUTHOR_EMAIL", "agent42@example.com");
    env.put("AO_TERMINATION_MESSAGE_PATH", dir.resolve("termination-log").toString());
    return env;
  }

  static final class Env extends HashMap<String, String> {
    Env with(String key, String value) {
      put(key, value);
      return this;
    }
  }

  private RunnerJar.Result workspace(Map<String, String> env) throws Exception {
    return RunnerJar.run(dir, env, Duration.ofSeconds(60), "workspace");
  }

  private String termination() throws IOException {
    Path file = dir.resolve("termination-log");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  record GitRun(int exitCode, String output) {}

  /** The command-line git, as the agent runs it: no global config, never prompting. */
  private GitRun git(Path ws, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("git"), Stream.of(args)).toList())
        .directory(ws.toFile()).redirectErrorStream(true);
    builder.environment().put("HOME", dir.resolve("home").toString());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new GitRun(process.waitFor(), output);
  }

  /** The token is in no output and in no file of the workspace (git config included). */
  private static void assertNoTokenIn(RunnerJar.Result result, Path ws) throws IOException {
    assertThat(result.stdout() + result.stderr()).doesNotContain(TOKEN);
    try (Stream<Path> files = Files.walk(ws)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(TOKEN);
      }
    }
    assertThat(List.of(Files.readString(ws.resolve(".git/config")))).noneMatch(c -> c.contains(TOKEN));
  }
}
