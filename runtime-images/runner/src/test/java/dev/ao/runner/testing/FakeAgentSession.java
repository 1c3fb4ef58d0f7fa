package dev.ao.runner.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.runner.fake.FakeAgent;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A real runner (its packaged jar) driving the {@link FakeAgent} in real tmux. */
public final class FakeAgentSession implements AutoCloseable {
  public static final String WAITING_PATTERN = "\\(y/n\\)";
  private static final ObjectMapper JSON = new ObjectMapper();

  public final RunnerJar runner;
  public final RunnerApiClient api;
  public final AgentLog agentLog;
  public final String token;
  public final Path dir;
  /** The runner's tmux socket name ({@code tmux -L}). */
  public final String tmuxSocket;

  private FakeAgentSession(
      RunnerJar runner, RunnerApiClient api, AgentLog agentLog, String token, Path dir, String tmuxSocket) {
    this.runner = runner;
    this.api = api;
    this.agentLog = agentLog;
    this.token = token;
    this.dir = dir;
    this.tmuxSocket = tmuxSocket;
  }

  /** How the fake agent and its runner are set up. */
  public record Options(String promptDelivery, String prompt, int swallowEvery, int idleAfterSeconds, int lingerSeconds) {
    public static Options postLaunch(String prompt) {
      return new Options("post-launch", prompt, 0, 30, 300);
    }

    public Options swallowEvery(int n) {
      return new Options(promptDelivery, prompt, n, idleAfterSeconds, lingerSeconds);
    }

    public Options idleAfter(int seconds) {
      return new Options(promptDelivery, prompt, swallowEvery, seconds, lingerSeconds);
    }

    public Options linger(int seconds) {
      return new Options(promptDelivery, prompt, swallowEvery, idleAfterSeconds, seconds);
    }
  }

  public static FakeAgentSession start(Path dir, Options options) throws IOException {
    Path workspace = Files.createDirectories(dir.resolve("workspace"));
    Path agentLog = dir.resolve("agent.log");
    String token = "runner-token-" + UUID.randomUUID();
    Path tokenFile = Files.writeString(dir.resolve("runner-token"), token);
    int port = freePort();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AO_WORKSPACE", workspace.toString());
    env.put("HOME", dir.toString());
    env.put("AO_AGENT_PROFILE", profile(agentLog, options));
    env.put("AO_RUNNER_PORT", Integer.toString(port));
    env.put("AO_RUNNER_BIND", "127.0.0.1");
    env.put("AO_RUNNER_TOKEN_FILE", tokenFile.toString());
    env.put("AO_EXIT_LINGER_SECONDS", Integer.toString(options.lingerSeconds()));
    env.put("AO_TMUX_SOCKET", "ao-it-" + UUID.randomUUID().toString().substring(0, 8));
    env.put("AO_TERMINATION_MESSAGE_PATH", dir.resolve("termination-log").toString());
    if (options.prompt() != null) {
      env.put("AO_PROMPT_FILE", Files.writeString(dir.resolve("prompt.txt"), options.prompt()).toString());
    }
    RunnerJar runner = RunnerJar.start(dir, env, "run");
    RunnerApiClient api = new RunnerApiClient(port, token);
    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> api.up() || !runner.isAlive());
    if (!runner.isAlive()) {
      throw new AssertionError("runner died at start:\n" + runner.stderr());
    }
    return new FakeAgentSession(runner, api, new AgentLog(agentLog), token, dir, env.get("AO_TMUX_SOCKET"));
  }

  private static String profile(Path agentLog, Options options) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", RunnerJar.testClasses().toString(), FakeAgent.class.getName(),
        "--log", agentLog.toString(), "--swallow-every", Integer.toString(options.swallowEvery()),
        "{{prompt}}"));
    Map<String, Object> activity = new LinkedHashMap<>();
    activity.put("waitingInputPatterns", List.of(WAITING_PATTERN));
    activity.put("activePatterns", List.of());
    activity.put("idleAfterSeconds", options.idleAfterSeconds());
    activity.put("sessionLogGlob", null);
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("name", "fake-agent");
    profile.put("command", command);
    profile.put("promptDelivery", options.promptDelivery());
    profile.put("submitKeys", List.of("Enter"));
    profile.put("readyPattern", "^> ");
    profile.put("activity", activity);
    profile.put("apiKeyEnv", List.of()); // unknown to the runner: must be ignored
    return JSON.writeValueAsString(profile);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits until the fake agent has recorded {@code count} entries of {@code kind}. */
  public List<String> awaitReceived(String kind, int count) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
        .until(() -> agentLog.texts(kind).size() >= count);
    try {
      return agentLog.texts(kind);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  public String activity() throws IOException, InterruptedException {
    return api.get("/v1/status").json().path("activity").asText();
  }

  @Override
  public void close() {
    runner.close();
    // tmux leaves its socket file behind when the server stops; don't litter /tmp.
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      Files.deleteIfExists(Path.of("/tmp", "tmux-" + uid, tmuxSocket));
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }
}
