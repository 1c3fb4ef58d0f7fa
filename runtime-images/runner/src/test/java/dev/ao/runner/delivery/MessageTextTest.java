package dev.ao.runner.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTest {
  @Test
  void keeps_newlines_tabs_and_unicode_intact() {
    String text = "Review:\n\n- App.java:42\tuse a constant\n- «recieve» → receive ✓";
    assertThat(MessageText.sanitize(text)).isEqualTo(text);
  }

  @Test
  void removes_escape_and_control_characters_that_could_break_out_of_bracketed_paste() {
    assertThat(MessageText.sanitize("safe\u001b[201~rm -rf /\u0007\u0000 end")).isEqualTo("safe[201~rm -rf / end");
  }

  @Test
  void unifies_line_endings_and_drops_trailing_line_breaks() {
    assertThat(MessageText.sanitize("a\r\nb\rc\n\n")).isEqualTo("a\nb\nc");
    assertThat(MessageText.sanitize(null)).isEmpty();
  }
}
