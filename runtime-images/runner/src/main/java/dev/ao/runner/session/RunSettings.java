package dev.ao.runner.session;

import dev.ao.runner.Env;
import java.nio.file.Path;

/** What the {@code run} subcommand reads from its environment. */
public record RunSettings(
    Path workspace,
    String profileJson,
    Path promptFile,
    int port,
    String bind,
    Path tokenFile,
    int exitLingerSeconds,
    String tmuxSocket,
    Path home) {

  public static RunSettings from(Env env) {
    String prompt = env.get("AO_PROMPT_FILE", null);
    return new RunSettings(
        env.workspace(),
        env.get("AO_AGENT_PROFILE", null),
        prompt == null ? null : Path.of(prompt),
        env.integer("AO_RUNNER_PORT", 7420),
        env.get("AO_RUNNER_BIND", "0.0.0.0"),
        env.path("AO_RUNNER_TOKEN_FILE", "/var/run/ao/runner/token"),
        env.integer("AO_EXIT_LINGER_SECONDS", 300),
        env.get("AO_TMUX_SOCKET", "ao"),
        Path.of(env.get("HOME", System.getProperty("user.home"))));
  }
}
