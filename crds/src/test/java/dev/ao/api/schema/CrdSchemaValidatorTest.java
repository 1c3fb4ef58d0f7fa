package dev.ao.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The validator against a CRD written to use every keyword and extension it implements, with the messages
 * kube-apiserver prints for each.
 */
class CrdSchemaValidatorTest {
  private final CrdSchemaValidator widgets = CrdSchemaValidator.fromClasspath("schema/widgets-crd.yaml");

  @Test
  void aValidWidgetIsAcceptedAndDefaulted() {
    ValidationResult result = widgets.create(widget("size: small\nsettings: {}"));

    assertThat(result.messages()).isEmpty();
    assertThat(result.object().at("/spec/minReplicas").asInt()).isEqualTo(1);
    assertThat(result.object().at("/spec/maxReplicas").asInt()).isEqualTo(3);
    assertThat(result.object().at("/spec/settings/mode").asText()).isEqualTo("fast");
    assertThat(result.object().at("/spec/settings/level").asInt()).isEqualTo(2);
  }

  @Test
  void defaultsApplyOnlyInsideObjectsThatExist() {
    assertThat(widgets.create(widget("size: small")).object().at("/spec").has("settings")).isFalse();
  }

  @Test
  void nullsAreReplacedByDefaultsDroppedOrKeptWhenNullable() {
    ValidationResult result = widgets.create(widget("size: small\nsettings: {level: null}\nratio: null\nnote: null"));

    assertThat(result.messages()).isEmpty();
    assertThat(result.object().at("/spec/settings/level").asInt()).isEqualTo(2);
    assertThat(result.object().at("/spec").has("ratio")).isFalse();
    assertThat(result.object().at("/spec/note").isNull()).isTrue();
  }

  @Test
  void requiredAndEnum() {
    assertThat(widgets.create(widget("minReplicas: 1")).messages()).containsExactly("spec.size: Required value");
    assertThat(widgets.create(widget("size: huge")).messages())
        .containsExactly("spec.size: Unsupported value: \"huge\": supported values: \"small\", \"large\"");
  }

  @Test
  void numbers() {
    assertThat(widgets.create(widget("size: small\nminReplicas: -1\nmaxReplicas: 0")).messages())
        .contains("spec.minReplicas: Invalid value: -1: spec.minReplicas in body should be greater than or equal to 0");
    assertThat(widgets.create(widget("size: small\nmaxReplicas: 10")).messages())
        .containsExactly("spec.maxReplicas: Invalid value: 10: spec.maxReplicas in body should be less than 10");
    assertThat(widgets.create(widget("size: small\nratio: 0.7")).messages())
        .containsExactly("spec.ratio: Invalid value: 0.7: spec.ratio in body should be a multiple of 0.5");
    assertThat(widgets.create(widget("size: small\nratio: 2")).messages()).isEmpty();
  }

  @Test
  void intOrString() {
    assertThat(widgets.create(widget("size: small\nquantity: 5")).messages()).isEmpty();
    assertThat(widgets.create(widget("size: small\nquantity: 5Gi")).messages()).isEmpty();
    assertThat(widgets.create(widget("size: small\nquantity: lots")).messages())
        .containsExactly("spec.quantity: Invalid value: \"lots\": spec.quantity in body should match '^[0-9]+(m|Gi)?$'");
    assertThat(widgets.create(widget("size: small\nquantity: true")).messages())
        .contains("spec.quantity: Invalid value: \"boolean\": spec.quantity in body must be of type integer,string: \"boolean\"");
  }

  @Test
  void mapsUseDottedPathsForSchemaErrorsAndBracketsForRules() {
    assertThat(widgets.create(widget("size: small\nlabels: {team: toolong}")).messages())
        .containsExactly("spec.labels.team: Too long: may not be more than 5 bytes");
    assertThat(widgets.create(widget("size: small\nlabels: {a: x, b: y, c: z}")).messages())
        .containsExactly("spec.labels: Too many: 2: has too many items");
    assertThat(widgets.create(widget("size: small\nlabels: {forbidden: x}")).messages())
        .containsExactly("spec.labels: Invalid value: label key 'forbidden' is reserved");
  }

  @Test
  void lists() {
    assertThat(widgets.create(widget("size: small\ntags: []")).messages())
        .containsExactly("spec.tags: Invalid value: 0: spec.tags in body should have at least 1 items");
    assertThat(widgets.create(widget("size: small\ntags: [a]")).messages())
        .containsExactly("spec.tags[0]: Invalid value: \"a\": spec.tags[0] in body should be at least 2 chars long");
    assertThat(widgets.create(widget("size: small\ntags: [ab, cd, ab]")).messages())
        .containsExactly("spec.tags[2]: Duplicate value: \"ab\"");
    assertThat(widgets.create(widget("size: small\nports: [{name: http, port: 80}, {name: http, port: 81}]")).messages())
        .containsExactly("spec.ports[1]: Duplicate value: map[string]interface {}{\"name\":\"http\"}");
  }

  @Test
  void messageExpressionAndFieldPath() {
    assertThat(widgets.create(widget("size: small\nminReplicas: 5")).messages())
        .containsExactly("spec.minReplicas: Invalid value: minReplicas 5 exceeds maxReplicas 3");
  }

  @Test
  void ruleReasonAndEscapedPropertyNames() {
    assertThat(widgets.create(widget("size: small\nowner: root")).messages())
        .containsExactly("spec.owner: Forbidden: root may not own widgets");
    assertThat(widgets.create(widget("size: small\nsettings: {dry-run: true}")).messages())
        .containsExactly("spec.settings: Invalid value: dry-run needs mode slow");
    assertThat(widgets.create(widget("size: small\nsettings: {dry-run: true, mode: slow}")).messages()).isEmpty();
  }

  @Test
  void aRuleThatFailsToEvaluateSaysWhy() {
    assertThat(widgets.create(widget("size: small\nprobe: {a: x}")).messages())
        .containsExactly("spec.probe: Invalid value: \"object\": no such key: b evaluating rule: a and b must match");
  }

  @Test
  void aWrongTypeStopsRuleEvaluation() {
    assertThat(widgets.create(widget("size: small\nminReplicas: many\nowner: root")).messages())
        .containsExactly(
            "spec.minReplicas: Invalid value: \"string\": spec.minReplicas in body must be of type integer: \"string\"",
            "<nil>: Invalid value: \"null\": some validation rules were not checked because the object was invalid;"
                + " correct the existing errors to complete validation");
  }

  @Test
  void transitionRulesCorrelateMapListItemsByKey() {
    String stored = "size: small\nports: [{name: http, port: 80}, {name: grpc, port: 90}]";

    assertThat(widgets.update(widget("size: small\nports: [{name: grpc, port: 90}, {name: http, port: 80}]"), widget(stored)).messages())
        .as("reordered, unchanged").isEmpty();
    assertThat(widgets.update(widget("size: small\nports: [{name: http, port: 81}, {name: new, port: 1}]"), widget(stored)).messages())
        .containsExactly("spec.ports[0].port: Invalid value: 81: port is immutable");
    assertThat(widgets.create(widget("size: small\nports: [{name: http, port: 81}]")).messages()).as("not on create").isEmpty();
  }

  @Test
  void optionalOldSelfRulesRunOnCreateToo() {
    assertThat(widgets.create(widget("size: small\ncounter: 7")).messages()).isEmpty();
    assertThat(widgets.update(widget("size: small\ncounter: 6"), widget("size: small\ncounter: 7")).messages())
        .containsExactly("spec.counter: Invalid value: 6: counter may only grow");
    assertThat(widgets.update(widget("size: small\ncounter: 8"), widget("size: small\ncounter: 7")).messages()).isEmpty();
  }

  @Test
  void unknownFieldsAreRejectedLikeKubectlOrPruned() {
    JsonNode typo = widget("size: small\ncolour: red\nextra: {anything: [1, 2]}");

    ValidationResult strict = widgets.create(typo);
    assertThat(strict.kubectlMessage()).isEqualTo(
        "Error from server (BadRequest): Widget in version \"v1\" cannot be handled as a Widget: strict decoding error:"
            + " unknown field \"spec.colour\"");

    ValidationResult pruned = widgets.withUnknownFields(CrdSchemaValidator.UnknownFields.PRUNE).create(typo);
    assertThat(pruned.messages()).isEmpty();
    assertThat(pruned.object().at("/spec").has("colour")).isFalse();
    assertThat(pruned.object().at("/spec/extra/anything").size()).as("x-kubernetes-preserve-unknown-fields").isEqualTo(2);
  }

  @Test
  void statusIsDroppedOnCreateWithTheStatusSubresource() {
    JsonNode withStatus = CrdSchemaValidator.parse(
        "apiVersion: test.example/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: small}\nstatus: {phase: Ready}\n");

    assertThat(widgets.create(withStatus).object().has("status")).isFalse();
  }

  @Test
  void kindApiVersionAndName() {
    JsonNode wrong = CrdSchemaValidator.parse("apiVersion: test.example/v2\nkind: Gadget\nmetadata: {name: Bad_Name}\nspec: {size: small}\n");

    assertThat(widgets.create(wrong).messages()).containsExactly(
        "kind: Invalid value: \"Gadget\": must be Widget",
        "apiVersion: Unsupported value: \"test.example/v2\": supported values: \"test.example/v1\"",
        "metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
            + " characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex"
            + " used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
  }

  @Test
  void kubectlListsSeveralErrors() {
    assertThat(widgets.create(widget("size: huge\nowner: root")).kubectlMessage()).isEqualTo(
        "The Widget \"w\" is invalid: \n"
            + "* spec.size: Unsupported value: \"huge\": supported values: \"small\", \"large\"\n"
            + "* spec.owner: Forbidden: root may not own widgets");
  }

  private static JsonNode widget(String spec) {
    String indented = spec.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    return CrdSchemaValidator.parse("apiVersion: test.example/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n" + indented + "\n");
  }
}
