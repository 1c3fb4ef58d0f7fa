package dev.ao.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgesTest {
  @ParameterizedTest
  @CsvSource({"0, 0s", "45, 45s", "119, 119s", "200, 3m20s", "600, 10m", "7199, 119m", "10800, 3h", "11100, 3h5m",
      "36000, 10h", "180000, 2d2h", "864000, 10d", "63072000, 2y"})
  void should_format_like_kubectl(long seconds, String expected) {
    assertThat(Ages.format(Duration.ofSeconds(seconds))).isEqualTo(expected);
  }

  @Test
  void should_show_a_dash_for_a_missing_or_bad_timestamp() {
    Instant now = Instant.parse("2026-11-24T12:00:00Z");
    assertThat(Ages.since(null, now)).isEqualTo("-");
    assertThat(Ages.since("yesterday", now)).isEqualTo("-");
    assertThat(Ages.since("2026-11-24T11:59:30Z", now)).isEqualTo("30s");
  }
}
