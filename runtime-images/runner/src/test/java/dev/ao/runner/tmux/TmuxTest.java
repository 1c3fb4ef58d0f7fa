package dev.ao.runner.tmux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TmuxTest {
  @Test
  void only_a_missing_session_or_server_means_the_agent_is_gone() {
    assertThat(Tmux.sessionGone("tmux display-message failed: can't find session: agent")).isTrue();
    assertThat(Tmux.sessionGone("tmux display-message failed: no server running on /tmp/tmux-0/ao")).isTrue();
    assertThat(Tmux.sessionGone("tmux display-message failed: error connecting to /tmp/tmux-0/ao (No such file or directory)"))
        .isTrue();
    assertThat(Tmux.sessionGone("tmux display-message timed out")).isFalse();
  }

  @Test
  void captured_rows_keep_trailing_spaces_and_lose_only_the_final_newline() {
    assertThat(Tmux.rows("> \nline\n")).containsExactly("> ", "line");
    assertThat(Tmux.rows("a\n\n")).containsExactly("a", "");
  }
}
