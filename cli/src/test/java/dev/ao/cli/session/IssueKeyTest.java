package dev.ao.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssueKeyTest {
  @ParameterizedTest
  @CsvSource({
    "42, 42",
    "#42, 42",
    "007, 7",
    "eng-100, ENG-100",
    "ENG-100, ENG-100",
    "https://github.com/acme/webapp/issues/42, 42",
    "https://github.com/acme/webapp/issues/42#issuecomment-1, 42",
    "https://linear.app/acme/issue/ENG-100/fix-login, ENG-100",
    "https://jira.example/browse/X/, https://jira.example/browse/X"
  })
  void should_give_every_form_of_an_issue_the_same_key(String issue, String key) {
    assertThat(IssueKey.of(issue)).isEqualTo(key);
  }

  @Test
  void should_accept_the_forms_the_crd_accepts() {
    assertThat(IssueKey.isValid("42")).isTrue();
    assertThat(IssueKey.isValid("ENG-100")).isTrue();
    assertThat(IssueKey.isValid("https://github.com/acme/webapp/issues/1")).isTrue();
    assertThat(IssueKey.isValid("proj/42")).isFalse();
    assertThat(IssueKey.isValid("issue 42")).isFalse();
  }
}
