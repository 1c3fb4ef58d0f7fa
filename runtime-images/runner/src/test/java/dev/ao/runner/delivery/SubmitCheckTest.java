package dev.ao.runner.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitCheckTest {
  @Test
  void line_agent_received_when_it_answers_below_the_input_and_not_when_enter_was_swallowed() {
    List<String> before = List.of("fake-agent ready", "> ", "", "");
    List<String> pasted = List.of("fake-agent ready", "> hello world", "", "");
    SubmitCheck check = SubmitCheck.afterPaste(before, pasted, "hello world");

    assertThat(check.received(pasted)).isFalse();
    assertThat(check.received(List.of("fake-agent ready", "> hello world", "received #1 (11 chars)", "> "))).isTrue();
  }

  @Test
  void tui_enter_turned_into_a_newline_inside_the_input_box_is_not_received() {
    List<String> before = List.of("╭────────────────────────╮", "│ >                      │", "╰────────────────────────╯",
        "  ⏵⏵ bypass permissions on");
    List<String> pasted = List.of("╭────────────────────────╮", "│ > fix the login bug    │", "╰────────────────────────╯",
        "  ⏵⏵ bypass permissions on");
    SubmitCheck check = SubmitCheck.afterPaste(before, pasted, "fix the login bug");

    List<String> newlineInInput = List.of("╭────────────────────────╮", "│ > fix the login bug    │",
        "│                        │", "╰────────────────────────╯", "  ⏵⏵ bypass permissions on");
    List<String> submitted = List.of("> fix the login bug", "", "✻ Thinking…", "╭────────────────────────╮",
        "│ >                      │", "╰────────────────────────╯", "  ⏵⏵ bypass permissions on");
    assertThat(check.received(newlineInInput)).isFalse();
    assertThat(check.received(submitted)).isTrue();
  }

  @Test
  void text_wrapped_across_box_rows_is_still_recognised_by_its_end() {
    List<String> before = List.of("│ >                  │", "╰────────────────────╯");
    List<String> pasted = List.of("│ > please rerun the │", "│   failing tests    │", "╰────────────────────╯");
    SubmitCheck check = SubmitCheck.afterPaste(before, pasted, "please rerun the failing tests");
    assertThat(check.received(pasted)).isFalse();
    assertThat(check.received(List.of("│ >                  │", "╰────────────────────╯"))).isTrue();
  }

  @Test
  void a_paste_folded_into_a_placeholder_is_tracked_by_the_placeholder_row() {
    List<String> before = List.of("history", "│ >                    │", "╰──────────────────────╯");
    List<String> pasted = List.of("history", "│ > [Pasted text #1 +120 lines] │", "╰──────────────────────╯");
    SubmitCheck check = SubmitCheck.afterPaste(before, pasted, "x\n".repeat(120) + "final line of the log");

    assertThat(check.received(pasted)).isFalse();
    assertThat(check.received(List.of("history", "> [Pasted text #1 +120 lines]", "│ >                    │",
        "╰──────────────────────╯"))).isTrue();
  }

  @Test
  void a_one_letter_answer_is_found_in_the_row_that_changed_not_in_an_unchanged_status_line() {
    List<String> before = List.of("Apply? (y/n) ", "mode: yolo");
    List<String> pasted = List.of("Apply? (y/n) y", "mode: yolo");
    SubmitCheck check = SubmitCheck.afterPaste(before, pasted, "y");

    assertThat(check.received(pasted)).isFalse();
    assertThat(check.received(List.of("Apply? (y/n) y", "answer: y", "> ", "mode: yolo"))).isTrue();
  }

  @Test
  void the_same_text_earlier_in_the_transcript_does_not_confuse_the_check() {
    List<String> before = List.of("> run the tests", "received #1", "> ", "");
    List<String> pasted = List.of("> run the tests", "received #1", "> run the tests", "");
    SubmitCheck check = SubmitCheck.afterPaste(before, pasted, "run the tests");

    assertThat(check.received(pasted)).isFalse();
    assertThat(check.received(List.of("received #1", "> run the tests", "received #2", "> "))).isTrue();
  }

  @Test
  void a_paste_that_left_no_trace_is_confirmed_only_by_a_visible_reaction() {
    List<String> screen = List.of("busy…", "");
    SubmitCheck check = SubmitCheck.afterPaste(screen, screen, "hello");
    assertThat(check.received(screen)).isFalse();
    assertThat(check.received(List.of("busy…", "hello received"))).isTrue();
  }

  @Test
  void the_paste_is_visible_once_a_changed_row_shows_the_end_of_the_message() {
    List<String> before = List.of("> ");
    assertThat(SubmitCheck.pasteVisible(before, before, "hello world")).isFalse();
    assertThat(SubmitCheck.pasteVisible(before, List.of("> hello wo"), "hello world")).isFalse();
    assertThat(SubmitCheck.pasteVisible(before, List.of("> [+2 lines] hello world"), "a\nb\nhello world")).isTrue();
  }
}
