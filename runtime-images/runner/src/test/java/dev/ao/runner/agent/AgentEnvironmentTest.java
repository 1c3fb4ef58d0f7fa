package dev.ao.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentEnvironmentTest {
  @Test
  void the_agent_gets_the_runner_environment_without_the_runner_internals() {
    Map<String, String> env = AgentEnvironment.of(Map.of(
        "PATH", "/usr/bin", "HOME", "/home/agent", "ANTHROPIC_API_KEY", "sk-1",
        "AO_SESSION", "web-1", "AO_GIT_TOKEN_FILE", "/var/run/ao/git/token",
        "AO_RUNNER_TOKEN_FILE", "/var/run/ao/runner/token", "AO_AGENT_PROFILE", "{}",
        "AO_RUNNER_PORT", "7420", "TMUX", "/tmp/tmux-0/default,1,0"));
    assertThat(env)
        .containsEntry("ANTHROPIC_API_KEY", "sk-1")
        .containsEntry("AO_SESSION", "web-1")
        .containsEntry("AO_GIT_TOKEN_FILE", "/var/run/ao/git/token")
        .containsEntry("GIT_TERMINAL_PROMPT", "0")
        .containsEntry("LANG", "C.UTF-8")
        .doesNotContainKeys("AO_RUNNER_TOKEN_FILE", "AO_AGENT_PROFILE", "AO_RUNNER_PORT", "TMUX");
  }

  @Test
  void a_locale_the_pod_sets_is_kept() {
    assertThat(AgentEnvironment.of(Map.of("LC_ALL", "de_DE.UTF-8"))).doesNotContainKey("LANG");
  }
}
