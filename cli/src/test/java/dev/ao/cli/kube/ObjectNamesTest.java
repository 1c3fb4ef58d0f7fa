package dev.ao.cli.kube;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectNamesTest {
  @Test
  void should_make_valid_object_names_and_session_prefixes() {
    assertThat(ObjectNames.dnsLabel("Billing_API")).isEqualTo("billing-api");
    assertThat(ObjectNames.dnsLabel("--x--")).isEqualTo("x");
    assertThat(ObjectNames.dnsLabel("a".repeat(70))).hasSize(63);
    assertThat(ObjectNames.sessionPrefix("2fast-web")).isEqualTo("fast-web");
    assertThat(ObjectNames.sessionPrefix("a-very-long-project-name-indeed")).isEqualTo("a-very-long-project");
    assertThat(ObjectNames.sessionPrefix("123")).isEqualTo("ao");
  }
}
