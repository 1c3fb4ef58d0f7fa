package dev.ao.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ao.api.schema.CrdDefinitionChecks;
import dev.ao.api.schema.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API server estimates each CEL rule's worst-case cost from maxLength/maxItems/maxProperties and refuses a
 * CRD that could cost too much. The uniqueness and reaction-key rules are only cheap because of the bounds the
 * API types declare; without them the CRD would not install.
 */
class CelCostBoundsTest {
  private static final String VERSION = "/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties";

  @Test
  void withoutMaxLengthOnMessageIdsTheUniquenessRuleWouldBeRefused() {
    JsonNode crd = GeneratedCrds.SESSIONS.crd().deepCopy();
    ((ObjectNode) crd.at(VERSION + "/messages/items/properties/id")).remove("maxLength");

    assertThat(messages(crd)).anySatisfy(m -> assertThat(m).startsWith(
        "spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[messages].x-kubernetes-validations[0].rule:"
            + " Forbidden: estimated rule cost exceeds budget by factor of more than 100x"));
  }

  @Test
  void withoutMaxPropertiesOnReactionsTheKeyRuleWouldBeRefused() {
    JsonNode crd = GeneratedCrds.PROJECTS.crd().deepCopy();
    ((ObjectNode) crd.at(VERSION + "/reactions")).remove("maxProperties");

    assertThat(messages(crd)).anySatisfy(m -> assertThat(m)
        .contains("properties[reactions].x-kubernetes-validations[0].rule: Forbidden: estimated rule cost exceeds budget"));
  }

  @Test
  void withBoundsBothCrdsAreWithinBudget() {
    assertThat(messages(GeneratedCrds.SESSIONS.crd())).isEmpty();
    assertThat(messages(GeneratedCrds.PROJECTS.crd())).isEmpty();
  }

  private static List<String> messages(JsonNode crd) {
    return CrdDefinitionChecks.check(crd).stream().map(FieldError::toString).toList();
  }
}
