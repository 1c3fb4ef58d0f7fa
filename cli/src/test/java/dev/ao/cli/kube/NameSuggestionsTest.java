package dev.ao.cli.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggestionsTest {
  private static final List<String> NAMES = List.of("web-1", "web-2", "web-12", "api-1", "webapp-orchestrator");

  @Test
  void should_suggest_names_a_few_edits_away() {
    assertThat(NameSuggestions.closest("web1", NAMES)).startsWith("web-1");
    assertThat(NameSuggestions.closest("wbe-2", NAMES)).contains("web-2");
  }

  @Test
  void should_suggest_names_the_typed_text_is_a_prefix_of() {
    assertThat(NameSuggestions.closest("webapp", NAMES)).containsExactly("webapp-orchestrator");
  }

  @Test
  void should_suggest_nothing_for_unrelated_names_and_at_most_three() {
    assertThat(NameSuggestions.closest("database", NAMES)).isEmpty();
    assertThat(NameSuggestions.closest("web", NAMES)).hasSize(3);
  }
}
