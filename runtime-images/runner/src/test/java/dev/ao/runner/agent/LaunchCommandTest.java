package dev.ao.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchCommandTest {
  static AgentProfile profile(String delivery, String... command) {
    return new AgentProfile("test", List.of(command), delivery, null, null, null);
  }

  @Test
  void argument_delivery_puts_the_prompt_in_place_of_the_placeholder_as_one_argument() {
    AgentProfile codex = profile("argument", "codex", "--full-auto", "{{prompt}}");
    assertThat(LaunchCommand.render(codex, "Fix it.\nSecond line 'quoted'"))
        .containsExactly("codex", "--full-auto", "Fix it.\nSecond line 'quoted'");
    assertThat(LaunchCommand.typePromptAfterLaunch(codex, "Fix it.")).isFalse();
  }

  @Test
  void argument_delivery_also_fills_a_placeholder_inside_an_argument() {
    AgentProfile aider = profile("argument", "aider", "--message={{prompt}}");
    assertThat(LaunchCommand.render(aider, "do it")).containsExactly("aider", "--message=do it");
  }

  @Test
  void post_launch_delivery_drops_the_placeholder_and_types_the_prompt_later() {
    AgentProfile claude = profile("post-launch", "claude", "--dangerously-skip-permissions", "{{prompt}}");
    assertThat(LaunchCommand.render(claude, "task")).containsExactly("claude", "--dangerously-skip-permissions");
    assertThat(LaunchCommand.typePromptAfterLaunch(claude, "task")).isTrue();
  }

  @Test
  void without_a_prompt_the_placeholder_is_dropped_and_nothing_is_typed() {
    AgentProfile codex = profile("argument", "codex", "{{prompt}}");
    assertThat(LaunchCommand.render(codex, null)).containsExactly("codex");
    assertThat(LaunchCommand.typePromptAfterLaunch(codex, null)).isFalse();
    assertThat(LaunchCommand.typePromptAfterLaunch(profile("post-launch", "claude"), "")).isFalse();
  }

  @Test
  void argument_delivery_without_a_placeholder_falls_back_to_typing_the_prompt() {
    AgentProfile odd = profile("argument", "agent", "--interactive");
    assertThat(LaunchCommand.render(odd, "task")).containsExactly("agent", "--interactive");
    assertThat(LaunchCommand.typePromptAfterLaunch(odd, "task")).isTrue();
  }
}
