package dev.ao.runner.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ao.runner.RunnerFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenPatternsTest {
  @Test
  void anchors_apply_to_single_rows_and_trailing_spaces_are_kept() {
    ScreenPatterns prompt = ScreenPatterns.compile("^(> |[a-z]*> )", "readyPattern");
    assertThat(prompt.matchesBottom(List.of("aider v0.86", "architect> "))).isTrue();
    assertThat(prompt.matchesBottom(List.of("text > quoted"))).isFalse();
  }

  @Test
  void only_the_last_non_blank_rows_are_the_bottom() {
    List<String> rows = List.of("Proceed? (y/n)", "1", "2", "3", "4", "5", "6", "7", "8", "", "");
    assertThat(ScreenPatterns.compile("\\(y/n\\)", "x").matchesBottom(rows)).isFalse();
    assertThat(ScreenPatterns.compile("\\(y/n\\)", "x").matchesAny(rows)).isTrue();
    assertThat(ScreenPatterns.bottom(rows, 3)).containsExactly("6", "7", "8");
  }

  @Test
  void no_patterns_never_match() {
    assertThat(ScreenPatterns.compile((String) null, "readyPattern").isEmpty()).isTrue();
    assertThat(ScreenPatterns.compile(List.of(), "x").matchesBottom(List.of("anything"))).isFalse();
  }

  @Test
  void an_invalid_regex_is_reported_with_the_field_name() {
    assertThatThrownBy(() -> ScreenPatterns.compile(List.of("(unclosed"), "waitingInputPatterns"))
        .isInstanceOf(RunnerFailure.class)
        .hasMessage("agent profile waitingInputPatterns is not a valid regex: (unclosed");
  }
}
