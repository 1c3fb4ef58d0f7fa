package dev.ao.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionNamesTest {
  @Test
  void should_take_one_more_than_the_highest_number_of_the_prefix() {
    assertThat(SessionNames.nextNumber("web", List.of())).isEqualTo(1);
    assertThat(SessionNames.nextNumber("web", List.of("web-1", "web-7", "web-orchestrator", "webapp-99", "web-x3"))).isEqualTo(8);
  }

  @Test
  void should_quote_the_prefix() {
    assertThat(SessionNames.nextNumber("a.b", List.of("axb-5", "a.b-2"))).isEqualTo(3);
  }
}
