package dev.ao.runner.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLogProbeTest {
  @TempDir Path home;
  static final Instant T = Instant.parse("2026-11-24T12:00:00Z");

  @Test
  void finds_the_latest_write_among_files_matching_the_glob_under_home() throws Exception {
    touch(".claude/projects/-workspace/a.jsonl", T.minusSeconds(100));
    touch(".claude/projects/-workspace/b.jsonl", T.minusSeconds(10));
    touch(".claude/projects/-workspace/notes.txt", T);
    touch(".claude/other/c.jsonl", T);

    SessionLogProbe probe = SessionLogProbe.of(home, ".claude/projects/**/*.jsonl", Clock.fixed(T, ZoneOffset.UTC));

    assertThat(probe.latestModification()).isEqualTo(T.minusSeconds(10));
  }

  @Test
  void no_logs_yet_means_no_signal_and_no_glob_means_no_probe() {
    assertThat(SessionLogProbe.of(home, ".codex/sessions/**/rollout-*.jsonl", Clock.systemUTC()).latestModification())
        .isNull();
    assertThat(SessionLogProbe.of(home, null, Clock.systemUTC())).isNull();
  }

  @Test
  void walks_only_the_fixed_leading_directories_of_the_glob() {
    assertThat(SessionLogProbe.fixedPrefix(".claude/projects/**/*.jsonl")).isEqualTo(".claude/projects");
    assertThat(SessionLogProbe.fixedPrefix(".codex/sessions/**/rollout-*.jsonl")).isEqualTo(".codex/sessions");
    assertThat(SessionLogProbe.fixedPrefix("*.log")).isEmpty();
    assertThat(SessionLogProbe.fixedPrefix(".aider/history.md")).isEqualTo(".aider");
  }

  private void touch(String relative, Instant modified) throws Exception {
    Path file = home.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}\n");
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }
}
