package dev.ao.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ao.api.schema.CrdSchemaValidator;
import dev.ao.api.schema.ValidationResult;
import dev.ao.api.validation.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java validators are meant to mirror the schema. This walks every field of the generated schemas, breaks
 * each OpenAPI constraint once on an otherwise valid object with every field set, and checks that the API
 * server (the schema) and the Java side (binding + validator) both refuse it at the same field. A constraint
 * added to the types without its Java counterpart fails here. CEL rules are covered case by case in
 * {@link CrdSchemaTest}.
 */
class SchemaJavaParityTest {

  @Test
  void theEverythingSetSamplesAreValidOnBothSides() {
    for (JsonNode sample : List.of(sample(GeneratedCrds.SESSIONS), sample(GeneratedCrds.PROJECTS))) {
      ValidationResult result = GeneratedCrds.forKind(sample.path("kind").asText()).create(sample);
      assertThat(result.messages()).as("%s%n%s", sample.toPrettyString(), result).isEmpty();
      assertThat(JavaSideValidation.validate(sample)).as(sample.toPrettyString()).isEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> sessionFields() {
    return mutations(GeneratedCrds.SESSIONS);
  }

  @TestFactory
  Stream<DynamicTest> projectFields() {
    return mutations(GeneratedCrds.PROJECTS);
  }

  private static Stream<DynamicTest> mutations(CrdSchemaValidator crd) {
    List<FieldMutations.Mutation> mutations = FieldMutations.of(sample(crd), crd.schema());
    assertThat(mutations).hasSizeGreaterThan(20);
    return mutations.stream().map(m -> DynamicTest.dynamicTest(m.toString(), () -> {
      ValidationResult schema = crd.create(m.manifest());
      assertThat(schema.errorsAt(m.field())).as("the schema did not refuse it at %s: %s", m.field(), schema.messages()).isNotEmpty();

      List<Violation> java = JavaSideValidation.validate(m.manifest());
      assertThat(java).extracting(Violation::field)
          .as("the Java side did not refuse it at %s (schema says %s); Java said %s", m.field(), schema.errorsAt(m.field()), java)
          .contains(m.field());
    }));
  }

  private static JsonNode sample(CrdSchemaValidator crd) {
    ObjectNode manifest = (ObjectNode) CrdSchemaValidator.parse(
        "apiVersion: agent-orchestrator.io/v1alpha1\nkind: " + crd.kind() + "\nmetadata: {name: sample}\n");
    manifest.set("spec", SampleValues.of(crd.schema().properties().get("spec"), "spec"));
    return manifest;
  }
}
