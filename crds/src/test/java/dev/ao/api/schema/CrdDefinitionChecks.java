package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks the API server makes when a CRD is created, so a generated CRD that {@code kubectl apply} would
 * refuse fails the build instead: the schema is structural (every node typed, properties and
 * additionalProperties not mixed, no {@code additionalProperties: false} or {@code uniqueItems}), every
 * {@code pattern} compiles under RE2 (no lookaround, no backreferences), every default is valid for its own
 * schema, and every CEL rule compiles against the schema, returns bool, has a valid fieldPath and reason, and
 * uses {@code oldSelf} only where old values can be correlated, and the rules' estimated cost stays within the
 * API server's budgets ({@link CelCostEstimator}, an approximation of cel-go's estimator).
 */
public final class CrdDefinitionChecks {
  private static final Set<String> REASONS =
      Set.of("FieldValueInvalid", "FieldValueRequired", "FieldValueForbidden", "FieldValueDuplicate");

  private final CelRuleCompiler compiler = new CelRuleCompiler();
  private final List<FieldError> errors = new ArrayList<>();
  /** Sum over all rules of estimated cost times how often the rule can run in one object. */
  private double totalCost;

  private CrdDefinitionChecks() {}

  /** Errors the API server would answer a create of this CRD with; empty when it would accept it. */
  public static List<FieldError> check(JsonNode crd) {
    CrdDefinitionChecks checks = new CrdDefinitionChecks();
    JsonNode versions = crd.path("spec").path("versions");
    for (int i = 0; i < versions.size(); i++) {
      FieldPath path = FieldPath.of("spec.versions[" + i + "].schema.openAPIV3Schema");
      SchemaNode root = SchemaNode.of(versions.get(i).path("schema").path("openAPIV3Schema"));
      if (root == null) {
        checks.errors.add(FieldError.required(path, "schemas are required"));
        continue;
      }
      if (!"object".equals(root.type())) {
        checks.errors.add(FieldError.invalid(path.child("type"), TextNode.valueOf(String.valueOf(root.type())), "must be object at the root"));
      }
      checks.totalCost = 0;
      checks.node(root, path, "self", true, 1);
      if (checks.totalCost > CelCostEstimator.PER_CRD_LIMIT) {
        checks.errors.add(FieldError.forbidden(path, "x-kubernetes-validations estimated rule cost total for entire OpenAPIv3"
            + " schema exceeds budget by factor of " + factor(checks.totalCost, CelCostEstimator.PER_CRD_LIMIT)
            + " (try adding maxItems, maxProperties, and maxLength where arrays, maps, and strings are declared)"));
      }
    }
    return checks.errors;
  }

  /** @param cardinality how many values this node can have in one object (product of enclosing list/map sizes) */
  private void node(SchemaNode schema, FieldPath path, String typeName, boolean correlatable, double cardinality) {
    structure(schema, path);
    pattern(schema, path);
    defaults(schema, path);
    rules(schema, path, typeName, correlatable, cardinality);
    for (Map.Entry<String, SchemaNode> p : schema.properties().entrySet()) {
      node(p.getValue(), path.child("properties").key(p.getKey()), typeName + "." + p.getKey(), correlatable, cardinality);
    }
    double elements = cardinality * CelCostEstimator.maxSize(schema);
    if (schema.additionalProperties() != null) {
      node(schema.additionalProperties(), path.child("additionalProperties"), typeName + ".@values", correlatable, elements);
    }
    if (schema.items() != null) {
      // Only items of map-type lists can be matched with their old values, so only they may use oldSelf.
      boolean itemsCorrelatable = correlatable && "map".equals(schema.listType());
      node(schema.items(), path.child("items"), typeName + ".@items", itemsCorrelatable, elements);
    }
    List<SchemaNode> anyOf = schema.anyOf();
    for (int i = 0; i < anyOf.size(); i++) {
      valueValidationOnly(anyOf.get(i), path.child("anyOf").index(i));
    }
  }

  private void structure(SchemaNode schema, FieldPath path) {
    if (schema.type() == null && !schema.intOrString() && !schema.preserveUnknownFields()) {
      errors.add(FieldError.required(path.child("type"), "must not be empty for specified object fields"));
    }
    if (!schema.properties().isEmpty() && schema.has("additionalProperties")) {
      errors.add(FieldError.forbidden(path.child("additionalProperties"), "additionalProperties and properties are mutual exclusive"));
    }
    if (Boolean.FALSE.equals(schema.additionalPropertiesFlag())) {
      errors.add(FieldError.forbidden(path.child("additionalProperties"), "additionalProperties cannot be set to false"));
    }
    if (schema.uniqueItems()) {
      errors.add(
          FieldError.forbidden(path.child("uniqueItems"), "uniqueItems cannot be set to true since the runtime complexity becomes quadratic"));
    }
    if ("map".equals(schema.listType()) && schema.listMapKeys().isEmpty()) {
      errors.add(FieldError.required(path.child("x-kubernetes-list-map-keys"), "must not be empty if x-kubernetes-list-type is map"));
    }
    if ("array".equals(schema.type()) && schema.items() == null) {
      errors.add(FieldError.required(path.child("items"), "must be specified"));
    }
  }

  /** Inside anyOf/allOf/oneOf/not only value validations are allowed, no types or defaults (structural rule). */
  private void valueValidationOnly(SchemaNode schema, FieldPath path) {
    for (String forbidden : List.of("default", "description", "nullable", "x-kubernetes-validations")) {
      if (schema.has(forbidden)) {
        errors.add(FieldError.forbidden(path.child(forbidden), "must be empty inside anyOf, allOf, oneOf or not"));
      }
    }
    pattern(schema, path);
  }

  private void pattern(SchemaNode schema, FieldPath path) {
    String pattern = schema.pattern();
    if (pattern != null) {
      Re2Patterns.compileError(pattern)
          .ifPresent(e -> errors.add(
              FieldError.invalid(path.child("pattern"), TextNode.valueOf(pattern), "must be a valid regular expression, but isn't: " + e)));
    }
  }

  private void defaults(SchemaNode schema, FieldPath path) {
    JsonNode value = schema.defaultValue();
    if (value == null) {
      return;
    }
    for (FieldError e : OpenApiValueValidator.validate(value, schema)) {
      errors.add(new FieldError(e.type(), FieldPath.of(path.child("default") + (e.path().isRoot() ? "" : "." + e.path())), e.value(), e.detail()));
    }
    for (FieldError e : CelRuleValidator.validate(compiler, value, null, schema)) {
      errors.add(new FieldError(e.type(), path.child("default"), e.value(), e.detail()));
    }
  }

  private void rules(SchemaNode schema, FieldPath path, String typeName, boolean correlatable, double cardinality) {
    List<CelRule> declared = schema.validations();
    List<CompiledRule> compiled = compiler.compile(schema, typeName);
    for (int i = 0; i < declared.size(); i++) {
      CelRule rule = declared.get(i);
      CompiledRule result = compiled.get(i);
      FieldPath at = path.child("x-kubernetes-validations").index(i);
      if (rule.reason() != null && !REASONS.contains(rule.reason())) {
        errors.add(FieldError.notSupported(at.child("reason"), TextNode.valueOf(rule.reason()), List.copyOf(REASONS)));
      }
      if (rule.message() != null && rule.message().contains("\n")) {
        errors.add(FieldError.invalid(at.child("message"), TextNode.valueOf(rule.message()), "message must not contain line breaks"));
      }
      if (result.compileError() != null) {
        String field = result.compileError().startsWith("fieldPath") ? "fieldPath"
            : result.compileError().startsWith("messageExpression") ? "messageExpression" : "rule";
        errors.add(FieldError.invalid(at.child(field), TextNode.valueOf(rule.rule()), result.compileError()));
      } else if (result.usesOldSelf() && !correlatable) {
        errors.add(
            FieldError.invalid(
                at.child("rule"),
                TextNode.valueOf(rule.rule()),
                "oldSelf cannot be used on the uncorrelatable portion of the schema within " + path));
      }
      if (result.ast() != null) {
        double cost = CelCostEstimator.estimate(result.ast().getExpr(), schema);
        totalCost += cost * cardinality;
        if (cost > CelCostEstimator.PER_CALL_LIMIT) {
          errors.add(FieldError.forbidden(at.child("rule"), "estimated rule cost exceeds budget by factor of "
              + factor(cost, CelCostEstimator.PER_CALL_LIMIT)
              + " (try simplifying the rule, or adding maxItems, maxProperties, and maxLength where arrays, maps, and"
              + " strings are declared)"));
        }
      }
    }
  }

  private static String factor(double cost, long limit) {
    double f = cost / limit;
    return f > 100 ? "more than 100x" : String.format(java.util.Locale.ROOT, "%.1fx", f);
  }
}
