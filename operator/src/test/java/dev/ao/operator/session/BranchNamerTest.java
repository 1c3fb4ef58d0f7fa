package dev.ao.operator.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.validation.BranchRules;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BranchNamerTest {
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "42          | Fix login redirect loop                 | feat/42-fix-login-redirect-loop",
        "#42         | Fix login                               | feat/42-fix-login",
        "ENG-100     | Add SSO (SAML) support!                 | feat/eng-100-add-sso-saml-support",
        "https://github.com/acme/webapp/issues/77 | Crash on empty cart | feat/77-crash-on-empty-cart",
        "https://linear.app/acme/issue/ENG-9/slug | Résumé upload     | feat/eng-9-resume-upload",
        "42          |                                         | feat/42",
        "7           | ../../etc/passwd.lock                   | feat/7-etc-passwd-lock",
      })
  void should_derive_feat_issue_slug(String issue, String title, String expected) {
    assertThat(BranchNamer.derive(IssueRef.parse(issue), title, "s-1")).isEqualTo(expected);
  }

  @Test
  void should_use_the_session_name_without_an_issue() {
    assertThat(BranchNamer.derive(null, null, "webapp-12")).isEqualTo("session/webapp-12");
  }

  @Test
  void should_bound_the_slug_at_a_word_and_stay_a_valid_ref() {
    String b = BranchNamer.derive(IssueRef.parse("123"), "a very long title ".repeat(20), "s");
    assertThat(b).startsWith("feat/123-a-very-long-title");
    assertThat(b.length()).isLessThanOrEqualTo(BranchNamer.MAX_BRANCH);
    assertThat(b.length() - "feat/123-".length()).isLessThanOrEqualTo(BranchNamer.MAX_SLUG);
    assertThat(b).matches(Patterns.BRANCH).doesNotEndWith("-");
    assertThat(BranchRules.isValidRef(b)).isTrue();
  }

  @Test
  void should_never_hand_out_a_taken_branch() {
    assertThat(BranchNamer.unique("feat/1", Set.of())).isEqualTo("feat/1");
    assertThat(BranchNamer.unique("feat/1", Set.of("feat/1"))).isEqualTo("feat/1-2");
    assertThat(BranchNamer.unique("feat/1", Set.of("feat/1", "feat/1-2"))).isEqualTo("feat/1-3");
  }
}
