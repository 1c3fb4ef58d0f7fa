package dev.ao.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ao.runner.RunnerFailure;
import org.junit.jupiter.api.Test;

class AgentProfileTest {
  @Test
  void parses_the_profile_json_the_operator_sends() {
    AgentProfile p = AgentProfile.parse("""
        {"name":"claude-code","command":["claude","--dangerously-skip-permissions","{{prompt}}"],
         "promptDelivery":"post-launch","submitKeys":["Enter"],"readyPattern":"for shortcuts",
         "apiKeyEnv":["ANTHROPIC_API_KEY"],
         "activity":{"waitingInputPatterns":["Do you want to"],"activePatterns":["esc to interrupt"],
                     "idleAfterSeconds":45,"sessionLogGlob":".claude/projects/**/*.jsonl"}}""");
    assertThat(p.name()).isEqualTo("claude-code");
    assertThat(p.command()).containsExactly("claude", "--dangerously-skip-permissions", "{{prompt}}");
    assertThat(p.promptAsArgument()).isFalse();
    assertThat(p.readyPattern()).isEqualTo("for shortcuts");
    assertThat(p.activity().idleAfterSeconds()).isEqualTo(45);
    assertThat(p.activity().waitingInputPatterns()).containsExactly("Do you want to");
    assertThat(p.activity().sessionLogGlob()).isEqualTo(".claude/projects/**/*.jsonl");
  }

  @Test
  void fills_defaults_for_missing_and_null_fields() {
    AgentProfile p = AgentProfile.parse("""
        {"command":["aider"],"readyPattern":null,"activity":{"sessionLogGlob":null}}""");
    assertThat(p.submitKeys()).containsExactly("Enter");
    assertThat(p.promptDelivery()).isEqualTo("post-launch");
    assertThat(p.readyPattern()).isNull();
    assertThat(p.activity().idleAfterSeconds()).isEqualTo(30);
    assertThat(p.activity().waitingInputPatterns()).isEmpty();
  }

  @Test
  void rejects_profiles_the_runner_cannot_run_with_a_readable_reason() {
    assertThatThrownBy(() -> AgentProfile.parse("{\"command\":[]}"))
        .isInstanceOf(RunnerFailure.class).hasMessage("agent profile has no command");
    assertThatThrownBy(() -> AgentProfile.parse("{\"command\":[\"x\"],\"promptDelivery\":\"stdin\"}"))
        .isInstanceOf(RunnerFailure.class).hasMessageContaining("'argument' or 'post-launch'");
    assertThatThrownBy(() -> AgentProfile.parse("not json"))
        .isInstanceOf(RunnerFailure.class).hasMessageStartingWith("AO_AGENT_PROFILE is not a valid agent profile");
    assertThatThrownBy(() -> AgentProfile.parse(null))
        .isInstanceOf(RunnerFailure.class).hasMessage("AO_AGENT_PROFILE is not set");
  }
}
