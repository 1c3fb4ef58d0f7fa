package dev.ao.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.operator.testing.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NamesAndDurationsTest {
  @Test
  void should_name_owned_objects_after_the_session() {
    var s = Fixtures.issueSession("webapp-1", "webapp", "1");
    assertThat(Names.agentPod(s)).isEqualTo("webapp-1-agent");
    assertThat(Names.workspacePvc(s)).isEqualTo("webapp-1-workspace");
    assertThat(Names.runnerSecret(s)).isEqualTo("webapp-1-runner");
  }

  @Test
  void should_keep_long_names_within_a_dns_label_without_collisions() {
    String a = Names.child("a".repeat(70) + "-one", "workspace");
    String b = Names.child("a".repeat(70) + "-two", "workspace");
    assertThat(a.length()).isLessThanOrEqualTo(63);
    assertThat(a).endsWith("-workspace").isNotEqualTo(b);
  }

  @Test
  void should_parse_kubernetes_durations() {
    assertThat(Durations.parse("30s", null)).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse("1h30m", null)).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("250ms", null)).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.parse("5 minutes", Duration.ZERO)).isEqualTo(Duration.ZERO);
    assertThat(Durations.parse(null, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void should_explain_an_unreachable_cluster_in_one_sentence() {
    String problem = ClusterPreflight.reachability("https://127.0.0.1:1");
    assertThat(problem).contains("Connect");
  }
}
