package dev.ao.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CRDs the API server refuses to create, each broken in one way, and the error naming the broken spot. */
class CrdDefinitionChecksTest {
  private static final String SPEC = "spec.versions[0].schema.openAPIV3Schema.properties[spec]";

  @Test
  void theTestCrdItselfIsAccepted() {
    assertThat(CrdDefinitionChecks.check(crd())).isEmpty();
  }

  @Test
  void aPatternRe2CannotCompileIsRefused() {
    JsonNode crd = crd();
    property(crd, "owner").put("pattern", "^(?!root$).*$");

    assertThat(messages(crd)).singleElement().asString()
        .startsWith(SPEC + ".properties[owner].pattern: Invalid value: \"^(?!root$).*$\": must be a valid regular expression, but isn't:");
  }

  @Test
  void aRuleNamingAFieldTheSchemaLacksIsRefused() {
    JsonNode crd = crd();
    rule(spec(crd), "self.sise == 'small'");

    assertThat(messages(crd)).singleElement().asString()
        .startsWith(SPEC + ".x-kubernetes-validations[1].rule: Invalid value: \"self.sise == 'small'\": compilation failed:")
        .contains("undefined field 'sise'");
  }

  @Test
  void aRuleThatIsNotBooleanIsRefused() {
    JsonNode crd = crd();
    rule(spec(crd), "self.size");

    assertThat(messages(crd)).singleElement().asString().contains("x-kubernetes-validations[1].rule").contains("compilation failed");
  }

  @Test
  void aRuleComparingAStringWithANumberIsRefused() {
    JsonNode crd = crd();
    rule(spec(crd), "self.size == 3");

    assertThat(messages(crd)).singleElement().asString().contains("found no matching overload for '_==_'");
  }

  @Test
  void oldSelfInsideAnAtomicListIsRefused() {
    JsonNode crd = crd();
    ObjectNode ports = property(crd, "ports");
    ports.remove("x-kubernetes-list-type");
    ports.remove("x-kubernetes-list-map-keys");

    assertThat(messages(crd)).singleElement().asString()
        .startsWith(SPEC + ".properties[ports].items.properties[port].x-kubernetes-validations[0].rule")
        .contains("oldSelf cannot be used on the uncorrelatable portion of the schema");
  }

  @Test
  void aFieldPathToNoFieldIsRefused() {
    JsonNode crd = crd();
    ((ObjectNode) spec(crd).withArray("x-kubernetes-validations").get(0)).put("fieldPath", ".minimumReplicas");

    assertThat(messages(crd)).singleElement().asString()
        .isEqualTo(SPEC + ".x-kubernetes-validations[0].fieldPath: Invalid value: \"self.minReplicas <= self.maxReplicas\":"
            + " fieldPath: does not refer to a valid field");
  }

  @Test
  void anUnknownReasonIsRefused() {
    JsonNode crd = crd();
    ((ObjectNode) property(crd, "owner").withArray("x-kubernetes-validations").get(0)).put("reason", "FieldValueWrong");

    assertThat(messages(crd)).singleElement().asString().contains("x-kubernetes-validations[0].reason: Unsupported value: \"FieldValueWrong\"");
  }

  @Test
  void aDefaultItsOwnSchemaRejectsIsRefused() {
    JsonNode crd = crd();
    property(crd, "minReplicas").put("default", -1);

    assertThat(messages(crd)).containsExactly(
        SPEC + ".properties[minReplicas].default: Invalid value: -1: . in body should be greater than or equal to 0");
  }

  @Test
  void nonStructuralSchemasAreRefused() {
    JsonNode crd = crd();
    property(crd, "owner").remove("type");
    property(crd, "labels").putObject("properties").putObject("a").put("type", "string");

    assertThat(messages(crd)).contains(
        SPEC + ".properties[owner].type: Required value: must not be empty for specified object fields",
        SPEC + ".properties[labels].additionalProperties: Forbidden: additionalProperties and properties are mutual exclusive");
  }

  private static List<String> messages(JsonNode crd) {
    return CrdDefinitionChecks.check(crd).stream().map(FieldError::toString).toList();
  }

  private static JsonNode crd() {
    return CrdSchemaValidator.fromClasspath("schema/widgets-crd.yaml").crd().deepCopy();
  }

  private static ObjectNode spec(JsonNode crd) {
    return (ObjectNode) crd.at("/spec/versions/0/schema/openAPIV3Schema/properties/spec");
  }

  private static ObjectNode property(JsonNode crd, String name) {
    return (ObjectNode) spec(crd).path("properties").path(name);
  }

  private static void rule(ObjectNode schema, String rule) {
    ArrayNode rules = schema.withArray("x-kubernetes-validations");
    rules.addObject().put("rule", rule).put("message", "test rule");
  }
}
