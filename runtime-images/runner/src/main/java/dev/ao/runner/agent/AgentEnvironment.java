package dev.ao.runner.agent;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The agent's environment: the runner's, minus the runner's own wiring. */
public final class AgentEnvironment {
  /** Runner internals the agent has no use for; the token file path least of all. */
  static final Set<String> RUNNER_INTERNALS =
      Set.of(
          "AO_RUNNER_TOKEN_FILE",
          "AO_RUNNER_PORT",
          "AO_RUNNER_BIND",
          "AO_AGENT_PROFILE",
          "AO_PROMPT_FILE",
          "AO_EXIT_LINGER_SECONDS",
          "AO_TMUX_SOCKET",
          "AO_TERMINATION_MESSAGE_PATH",
          "AO_RUNNER_JAVA_OPTS",
          // Set when the runner itself was started inside tmux; they would confuse the agent's tmux.
          "TMUX",
          "TMUX_PANE");

  private AgentEnvironment() {}

  public static Map<String, String> of(Map<String, String> runnerEnv) {
    Map<String, String> env = new TreeMap<>(runnerEnv);
    env.keySet().removeAll(RUNNER_INTERNALS);
    // A failing credential helper must not leave git waiting for a typed password in the pane.
    env.putIfAbsent("GIT_TERMINAL_PROMPT", "0");
    // Terminal UIs draw boxes and spinners in UTF-8; without any locale they fall back to garbage.
    if (!env.containsKey("LANG") && !env.containsKey("LC_ALL") && !env.containsKey("LC_CTYPE")) {
      env.put("LANG", "C.UTF-8");
    }
    return env;
  }
}
