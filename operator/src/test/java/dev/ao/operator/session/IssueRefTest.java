package dev.ao.operator.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssueRefTest {
  @ParameterizedTest
  @CsvSource({
    "42,42,true",
    "#42,42,true",
    "eng-100,ENG-100,false",
    "https://github.com/acme/webapp/issues/77,77,true",
    "https://github.com/acme/webapp/issues/77#issuecomment-1,77,true",
    "https://linear.app/acme/issue/ENG-9/some-slug,ENG-9,false",
  })
  void should_normalise_the_forms_users_type(String text, String id, boolean numeric) {
    IssueRef ref = IssueRef.parse(text);
    assertThat(ref.id()).isEqualTo(id);
    assertThat(ref.numeric()).isEqualTo(numeric);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "forty-two", "https://example.com/nothing"})
  void should_reject_what_is_not_an_issue(String text) {
    assertThat(IssueRef.parse(text)).isNull();
  }
}
