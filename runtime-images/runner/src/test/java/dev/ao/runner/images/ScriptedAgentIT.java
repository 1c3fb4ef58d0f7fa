package dev.ao.runner.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.net.httpserver.HttpServer;
import dev.ao.runner.testing.GitHttpServer;
import dev.ao.runner.testing.RunnerJar;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent-scripted image's script (scripted-agent/scripted-agent), outside a container: a
 * workspace prepared by {@code ao-runner workspace} against a real git server, a stand-in for
 * GitHub's "create a pull request" endpoint, and the lines the runner would type.
 */
class ScriptedAgentIT {
  static final Path SCRIPT = Path.of("..", "scripted-agent", "scripted-agent").toAbsolutePath().normalize();
  static final String TOKEN = "ghs_scriptedAgentToken0123456789";
  static final String BRANCH = "ao/webapp-7";

  @TempDir Path dir;
  GitHttpServer git;
  HttpServer github;
  final List<String> pullRequests = new CopyOnWriteArrayList<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    for (String tool : List.of("git", "curl", "jq")) {
      assumeThat(new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor()).as(tool + " on PATH").isZero();
    }
    Path bare = dir.resolve("server/webapp.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    Path seed = dir.resolve("seed");
    try (Git g = Git.init().setDirectory(seed.toFile()).setInitialBranch("main").call()) {
      Files.writeString(seed.resolve("README.md"), "# webapp\n");
      g.add().addFilepattern(".").call();
      g.commit().setMessage("initial").setAuthor("Dev", "dev@example.com").setCommitter("Dev", "dev@example.com").call();
      g.push().setRemote(bare.toUri().toString()).setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
    }
    git = new GitHttpServer(dir.resolve("server"), "x-access-token", TOKEN);
    github = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
    github.createContext("/api/v3/repos/acme/webapp/pulls", exchange -> {
      try (exchange) {
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        pullRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = ("{\"number\": " + (41 + pullRequests.size()) + "}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(201, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    github.start();
  }

  @AfterEach
  void stop() {
    if (git != null) {
      git.close();
    }
    if (github != null) {
      github.stop(0);
    }
  }

  @Test
  void the_task_opens_a_pull_request_and_each_ci_or_review_message_pushes_one_fix() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
    env.put("AO_WORKSPACE", dir.resolve("ws").toString());
    env.put("AO_BRANCH", BRANCH);
    env.put("AO_GIT_TOKEN_FILE", Files.writeString(dir.resolve("token"), TOKEN + "\n").toString());
    env.put("AO_TERMINATION_MESSAGE_PATH", dir.resolve("termination-log").toString());
    Map<String, String> init = new HashMap<>(env);
    init.put("AO_REPO_URL", git.url("webapp"));
    RunnerJar.Result prepared = RunnerJar.run(dir, init, Duration.ofSeconds(60), "workspace");
    assertThat(prepared.exitCode()).as(prepared.stderr()).isZero();

    env.put("DEMO_GITHUB_API", "http://127.0.0.1:" + github.getAddress().getPort() + "/api/v3/");
    env.put("DEMO_REPOSITORY", "acme/webapp");
    env.put("GIT_TERMINAL_PROMPT", "0");
    String input = String.join("\n",
        "Resolve issue #7: add a greeting",
        "Resolve issue #7 (repeated: ignored)",
        "CI is failing on your PR #42: the build check did not pass",
        "Someone requested changes on your PR #42.",
        "Thanks!") + "\n";
    String pane = runScript(env, input);

    assertThat(pane).startsWith("[scripted-agent] ready (scripted, no model)\n> ")
        .contains("[scripted-agent] pushed " + BRANCH + " and opened PR #42",
            "[scripted-agent] pushed a fix (make the build pass)",
            "[scripted-agent] pushed a fix (address review comments)")
        .doesNotContain("failed", TOKEN);
    assertThat(pullRequests).singleElement().satisfies(body -> assertThat(body)
        .contains("\"head\": \"" + BRANCH + "\"", "\"base\": \"main\"", "\"title\": \"Demo: " + BRANCH + "\""));
    assertThat(authorizations).containsExactly("Bearer " + TOKEN);
    assertThat(commitSubjectsOnServer()).containsExactly("address review comments", "make the build pass", "Implement " + BRANCH);
    assertThat(dir.resolve("home/scripted-agent.log")).hasContent(input.strip());
  }

  @Test
  void a_failed_pull_request_is_reported_in_the_pane_and_the_agent_keeps_reading() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", dir.toString());
    env.put("AO_WORKSPACE", Files.createDirectories(dir.resolve("not-a-repo")).toString());
    env.put("AO_BRANCH", BRANCH);
    env.put("SCRIPTED_AGENT_LOG", dir.resolve("logs/agent.log").toString());

    String pane = runScript(env, "Resolve issue #1\nCI is failing on your PR #1\n");

    assertThat(pane).contains("[scripted-agent] git add failed", "[scripted-agent] on it: make the build pass",
        "[scripted-agent] input closed; exiting");
    assertThat(dir.resolve("logs/agent.log")).hasContent("Resolve issue #1\nCI is failing on your PR #1");
  }

  private String runScript(Map<String, String> env, String input) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv("PATH"));
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private List<String> commitSubjectsOnServer() throws Exception {
    List<String> subjects = new ArrayList<>();
    try (Repository repo = Git.open(dir.resolve("server/webapp.git").toFile()).getRepository();
        RevWalk walk = new RevWalk(repo)) {
      walk.markStart(walk.parseCommit(repo.resolve("refs/heads/" + BRANCH)));
      walk.markUninteresting(walk.parseCommit(repo.resolve("refs/heads/main")));
      for (RevCommit c : walk) {
        subjects.add(c.getShortMessage());
      }
    }
    return subjects;
  }
}
