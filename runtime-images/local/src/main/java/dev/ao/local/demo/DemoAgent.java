package dev.ao.local.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo's scripted agent: a stand-in for Claude Code or Codex that needs no model or key. It
 * runs in tmux under the real runner, reads what it is told, and answers the way a coding agent
 * would: the task makes it commit, push and open a PR; a CI failure or review comments make it push
 * a fix. Everything it receives is also appended to $DEMO_AGENT_LOG_DIR/$AO_SESSION.log, so tests can check it.
 */
public final class DemoAgent {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path workspace = Path.of(System.getenv().getOrDefault("AO_WORKSPACE", "."));
  private final String branch = System.getenv("AO_BRANCH");
  private boolean prOpened;
  private int fixes;

  public static void main(String[] args) throws Exception {
    new DemoAgent().run();
  }

  private void run() throws IOException, InterruptedException {
    say("demo agent ready (scripted, no model)");
    prompt();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      record(line);
      if (line.contains("Resolve issue") && !prOpened) {
        implement();
      } else if (line.contains("CI is failing on your PR")) {
        fix("make the build pass", "fix-" + branch.replace('/', '-') + "-" + (++fixes) + ".txt");
      } else if (line.contains("requested changes on your PR")) {
        fix("address review comments", "review-" + branch.replace('/', '-') + "-" + (++fixes) + ".txt");
      }
      prompt();
    }
  }

  private void implement() throws IOException, InterruptedException {
    say("working on the task…");
    write("CHANGES-" + branch.replace('/', '-') + ".md", "Work for " + branch + " at " + Instant.now() + "\n");
    git("add", "-A");
    git("commit", "-q", "-m", "Implement " + branch);
    git("push", "-q", "-u", "origin", "HEAD");
    String number = openPullRequest();
    prOpened = true;
    say("pushed " + branch + " and opened PR #" + number);
  }

  private void fix(String what, String file) throws IOException, InterruptedException {
    say("on it: " + what);
    write(file, what + " at " + Instant.now() + "\n");
    git("add", "-A");
    git("commit", "-q", "-m", what);
    git("push", "-q", "origin", "HEAD");
    say("pushed a fix (" + what + ")");
  }

  private String openPullRequest() throws IOException, InterruptedException {
    String api = System.getenv("DEMO_GITHUB_API");
    String repo = System.getenv("DEMO_REPOSITORY");
    String token = Files.readString(Path.of(System.getenv("AO_GIT_TOKEN_FILE"))).strip();
    String body = JSON.writeValueAsString(Map.of("title", "Demo: " + branch, "head", branch, "base", "main", "body", "Opened by the demo agent."));
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api + "/repos/" + repo + "/pulls"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      say("could not open the PR: " + r.statusCode() + " " + r.body());
      return "?";
    }
    return JSON.readTree(r.body()).path("number").asText();
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(workspace.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      say("git " + args[0] + " failed: " + out.strip());
    }
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(workspace.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void record(String line) throws IOException {
    String dir = System.getenv("DEMO_AGENT_LOG_DIR");
    if (dir != null && !dir.isBlank()) {
      Files.writeString(Path.of(dir, System.getenv().getOrDefault("AO_SESSION", "agent") + ".log"), line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  private static void say(String text) {
    System.out.println("[demo-agent] " + text);
  }

  private static void prompt() {
    System.out.print("> ");
    System.out.flush();
  }
}
