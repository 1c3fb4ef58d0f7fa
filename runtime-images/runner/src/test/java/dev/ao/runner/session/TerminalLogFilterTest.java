package dev.ao.runner.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalLogFilterTest {
  static final Instant T = Instant.parse("2026-11-24T12:00:00Z");
  final TerminalLogFilter filter = new TerminalLogFilter();

  List<String> feed(String text, Instant at) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return filter.feed(bytes, bytes.length, at);
  }

  @Test
  void drops_colours_titles_and_mode_switches() {
    assertThat(feed("\033]0;claude\007\033[?2004h\033[1;31mred\033[0m text\r\n", T)).containsExactly("red text");
  }

  @Test
  void a_carriage_return_starts_the_line_over_so_progress_bars_log_their_final_state() {
    assertThat(feed("10%\r50%\r100% done\r\n", T)).containsExactly("100% done");
  }

  @Test
  void plain_output_keeps_repeated_lines() {
    assertThat(feed("ok\nok\n\nok\n", T)).containsExactly("ok", "ok", "", "ok");
  }

  @Test
  void text_redrawn_in_place_is_logged_only_when_new() {
    String frame = "\033[2K\033[1A\033[2K\033[G";
    List<String> lines = new ArrayList<>(feed("╭────╮\n│ >  │\n", T));
    lines.addAll(feed(frame + "╭────╮\n│ >  │\n", T.plusMillis(100)));
    lines.addAll(feed(frame + "✻ Thinking…\n│ >  │\n", T.plusMillis(200)));
    assertThat(lines).containsExactly("╭────╮", "│ >  │", "✻ Thinking…");
  }

  @Test
  void once_redrawing_stops_repeated_lines_are_logged_again() {
    feed("\033[1Aline\n", T);
    assertThat(feed("line\n", T.plusSeconds(1))).isEmpty();
    assertThat(feed("line\n", T.plusSeconds(5))).containsExactly("line");
  }

  @Test
  void a_character_split_across_two_reads_is_decoded_whole() {
    byte[] bytes = "café\n".getBytes(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(filter.feed(bytes, 4, T));
    byte[] rest = new byte[bytes.length - 4];
    System.arraycopy(bytes, 4, rest, 0, rest.length);
    lines.addAll(filter.feed(rest, rest.length, T));
    assertThat(lines).containsExactly("café");
  }

  @Test
  void cursor_forward_becomes_spaces_and_the_last_unfinished_line_is_flushed() {
    assertThat(feed("a\033[3Cb", T)).isEmpty();
    assertThat(filter.flush(T)).containsExactly("a   b");
  }
}
