package dev.ao.runner.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityClassifierTest {
  static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  final ActivityClassifier classifier = new ActivityClassifier(
      ScreenPatterns.compile(List.of("Do you want to", "\\(y/n\\)"), "waitingInputPatterns"),
      ScreenPatterns.compile(List.of("esc to interrupt"), "activePatterns"),
      Duration.ofSeconds(30));

  Activity classify(boolean exited, long secondsSinceOutput, Long secondsSinceLog, String... screen) {
    return classifier.classify(new ActivityInputs(exited, NOW, NOW.minusSeconds(secondsSinceOutput),
        secondsSinceLog == null ? null : NOW.minusSeconds(secondsSinceLog), List.of(screen)));
  }

  @Test
  void recent_output_is_active_and_quiet_beyond_the_threshold_is_idle() {
    assertThat(classify(false, 5, null, "> ")).isEqualTo(Activity.Active);
    assertThat(classify(false, 29, null, "> ")).isEqualTo(Activity.Active);
    assertThat(classify(false, 30, null, "> ")).isEqualTo(Activity.Idle);
  }

  @Test
  void a_question_at_the_bottom_of_a_quiet_screen_is_waiting_input() {
    assertThat(classify(false, 2, null, "Edit src/App.java", "Do you want to make this edit?", "❯ 1. Yes"))
        .isEqualTo(Activity.WaitingInput);
    assertThat(classify(false, 300, null, "Apply the change? (y/n) ")).isEqualTo(Activity.WaitingInput);
  }

  @Test
  void a_question_still_being_printed_is_not_yet_waiting() {
    assertThat(classify(false, 0, null, "Apply the change? (y/n) ")).isEqualTo(Activity.Active);
  }

  @Test
  void a_question_that_scrolled_up_out_of_the_bottom_rows_does_not_count() {
    String[] screen = new String[12];
    screen[0] = "Apply the change? (y/n) y";
    for (int i = 1; i < screen.length; i++) {
      screen[i] = "output line " + i;
    }
    assertThat(classify(false, 60, null, screen)).isEqualTo(Activity.Idle);
  }

  @Test
  void an_active_pattern_keeps_a_silent_agent_active() {
    assertThat(classify(false, 120, null, "✻ Thinking… (120s · esc to interrupt)", "> ")).isEqualTo(Activity.Active);
  }

  @Test
  void writes_to_the_agents_session_log_count_as_activity() {
    assertThat(classify(false, 600, 3L, "> ")).isEqualTo(Activity.Active);
    assertThat(classify(false, 600, 300L, "> ")).isEqualTo(Activity.Idle);
  }

  @Test
  void an_exited_agent_is_exited_whatever_the_screen_says() {
    assertThat(classify(true, 0, 0L, "Do you want to proceed?")).isEqualTo(Activity.Exited);
  }
}
