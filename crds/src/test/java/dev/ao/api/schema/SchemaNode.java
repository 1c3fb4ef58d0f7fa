package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only view of one node of a CRD's {@code openAPIV3Schema} (a structural schema), with the
 * Kubernetes extensions the API server honours. Absent keywords read as null/empty.
 */
public final class SchemaNode {
  private final JsonNode raw;

  private SchemaNode(JsonNode raw) {
    this.raw = raw;
  }

  public static SchemaNode of(JsonNode raw) {
    return raw == null || raw.isNull() || raw.isMissingNode() ? null : new SchemaNode(raw);
  }

  public JsonNode raw() {
    return raw;
  }

  public String type() {
    return text("type");
  }

  public String description() {
    return text("description");
  }

  public String format() {
    return text("format");
  }

  public boolean intOrString() {
    return raw.path("x-kubernetes-int-or-string").asBoolean(false);
  }

  public boolean preserveUnknownFields() {
    return raw.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
  }

  public boolean embeddedResource() {
    return raw.path("x-kubernetes-embedded-resource").asBoolean(false);
  }

  public boolean nullable() {
    return raw.path("nullable").asBoolean(false);
  }

  public Map<String, SchemaNode> properties() {
    JsonNode props = raw.get("properties");
    if (props == null || !props.isObject()) {
      return Map.of();
    }
    Map<String, SchemaNode> out = new LinkedHashMap<>();
    props.fields().forEachRemaining(e -> out.put(e.getKey(), new SchemaNode(e.getValue())));
    return Collections.unmodifiableMap(out);
  }

  public SchemaNode items() {
    JsonNode items = raw.get("items");
    return items != null && items.isObject() ? new SchemaNode(items) : null;
  }

  /** The schema of a map's values ({@code additionalProperties: {...}}), or null. */
  public SchemaNode additionalProperties() {
    JsonNode ap = raw.get("additionalProperties");
    return ap != null && ap.isObject() ? new SchemaNode(ap) : null;
  }

  /** {@code additionalProperties: true|false} written as a boolean, or null when absent or a schema. */
  public Boolean additionalPropertiesFlag() {
    JsonNode ap = raw.get("additionalProperties");
    return ap != null && ap.isBoolean() ? ap.booleanValue() : null;
  }

  public List<String> required() {
    return strings("required");
  }

  public List<JsonNode> enumValues() {
    JsonNode e = raw.get("enum");
    if (e == null || !e.isArray()) {
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    e.forEach(out::add);
    return out;
  }

  public String pattern() {
    return text("pattern");
  }

  public Long maxLength() {
    return longValue("maxLength");
  }

  public Long minLength() {
    return longValue("minLength");
  }

  public Long maxItems() {
    return longValue("maxItems");
  }

  public Long minItems() {
    return longValue("minItems");
  }

  public Long maxProperties() {
    return longValue("maxProperties");
  }

  public Long minProperties() {
    return longValue("minProperties");
  }

  public BigDecimal minimum() {
    return decimal("minimum");
  }

  public BigDecimal maximum() {
    return decimal("maximum");
  }

  public boolean exclusiveMinimum() {
    return raw.path("exclusiveMinimum").asBoolean(false);
  }

  public boolean exclusiveMaximum() {
    return raw.path("exclusiveMaximum").asBoolean(false);
  }

  public BigDecimal multipleOf() {
    return decimal("multipleOf");
  }

  public boolean uniqueItems() {
    return raw.path("uniqueItems").asBoolean(false);
  }

  public JsonNode defaultValue() {
    return raw.get("default");
  }

  public String listType() {
    return text("x-kubernetes-list-type");
  }

  public List<String> listMapKeys() {
    return strings("x-kubernetes-list-map-keys");
  }

  public String mapType() {
    return text("x-kubernetes-map-type");
  }

  public List<CelRule> validations() {
    JsonNode v = raw.get("x-kubernetes-validations");
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<CelRule> out = new ArrayList<>();
    v.forEach(entry -> out.add(CelRule.from(entry)));
    return out;
  }

  public List<SchemaNode> allOf() {
    return nodes("allOf");
  }

  public List<SchemaNode> anyOf() {
    return nodes("anyOf");
  }

  public List<SchemaNode> oneOf() {
    return nodes("oneOf");
  }

  public SchemaNode not() {
    return of(raw.get("not"));
  }

  public boolean has(String keyword) {
    return raw.has(keyword);
  }

  private List<SchemaNode> nodes(String field) {
    JsonNode n = raw.get(field);
    if (n == null || !n.isArray()) {
      return List.of();
    }
    List<SchemaNode> out = new ArrayList<>();
    n.forEach(x -> out.add(new SchemaNode(x)));
    return out;
  }

  private List<String> strings(String field) {
    JsonNode n = raw.get(field);
    if (n == null || !n.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  private String text(String field) {
    JsonNode n = raw.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private Long longValue(String field) {
    JsonNode n = raw.get(field);
    return n == null || !n.isNumber() ? null : n.longValue();
  }

  private BigDecimal decimal(String field) {
    JsonNode n = raw.get(field);
    return n == null || !n.isNumber() ? null : n.decimalValue();
  }
}
