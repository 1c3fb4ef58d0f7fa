package dev.ao.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.schema.SchemaNode;
import dev.ao.api.schema.ValidationResult;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reaction keys live twice, as Java constants and inside the CEL rule; they must not drift apart. */
class ReactionKeysTest {

  @Test
  void theCelRuleListsExactlyTheKnownKeys() {
    Matcher list = Pattern.compile("in \\[(.*)]").matcher(ReactionKeys.KEYS_RULE);
    assertThat(list.find()).as("no list literal in %s", ReactionKeys.KEYS_RULE).isTrue();
    List<String> inRule = new ArrayList<>();
    Matcher quoted = Pattern.compile("'([^']*)'").matcher(list.group(1));
    while (quoted.find()) {
      inRule.add(quoted.group(1));
    }

    assertThat(inRule).containsExactlyElementsOf(ReactionKeys.ALL);
    assertThat(ReactionKeys.COUNT).isEqualTo(ReactionKeys.ALL.size());
    assertThat(ReactionKeys.KEYS_RULE_MESSAGE).endsWith(String.join(", ", ReactionKeys.ALL));
  }

  @Test
  void theGeneratedSchemaCarriesTheRuleAndBoundsTheMap() {
    SchemaNode reactions = GeneratedCrds.PROJECTS.schema().properties().get("spec").properties().get("reactions");

    assertThat(reactions.validations()).singleElement().satisfies(rule -> assertThat(rule.rule()).isEqualTo(ReactionKeys.KEYS_RULE));
    assertThat(reactions.maxProperties()).isEqualTo((long) ReactionKeys.ALL.size());
  }

  @Test
  void everyKnownKeyIsAcceptedTogether() {
    StringBuilder spec = new StringBuilder("repo: {url: 'https://github.com/acme/webapp.git'}\nreactions:\n");
    ReactionKeys.ALL.forEach(k -> spec.append("  ").append(k).append(": {retries: 1}\n"));
    JsonNode project = CrdSchemaTest.project(spec.toString());

    ValidationResult result = GeneratedCrds.PROJECTS.create(project);

    assertThat(result.messages()).isEmpty();
  }
}
