package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Stands in for kube-apiserver when a custom resource is created or updated: given a CRD (as generated) and an
 * object, it does what the API server does with the CRD's structural schema, in the same order, and answers
 * with the same error messages:
 *
 * <ol>
 *   <li>unknown fields: rejected, naming each, under strict field validation (kubectl's default), or pruned;
 *   <li>{@code status} dropped on create when the status subresource is on;
 *   <li>defaults applied ({@link Defaulter});
 *   <li>kind/apiVersion/metadata.name checked ({@link ObjectMetaChecks});
 *   <li>OpenAPI value validations ({@link OpenApiValueValidator}) and list-type uniqueness
 *       ({@link ListTypeValidator});
 *   <li>CEL rules ({@link CelRuleValidator}), skipped when a value has the wrong type, as the API server does;
 *       transition rules only on {@link #update}.
 * </ol>
 *
 * <p>Error text follows current kube-apiserver sources: a failed CEL rule echoes a scalar value
 * ({@code spec.branch: Invalid value: "a..b": ...}) and omits objects and lists; older releases print the schema
 * type ({@code Invalid value: "string"}) there instead. Not modelled: validation ratcheting (on update, the API
 * server forgives errors in fields left unchanged) and the runtime CEL cost limit.
 */
public final class CrdSchemaValidator {
  /** What happens to fields the schema does not declare. */
  public enum UnknownFields {
    /** {@code kubectl apply} (strict field validation): the request fails naming the field. */
    REJECT,
    /** Clients without field validation (most controllers): the field is dropped silently. */
    PRUNE
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final JsonNode crd;
  private final String kind;
  private final String group;
  /** Served versions by name; the object's apiVersion picks one, as the API server's endpoint does. */
  private final java.util.Map<String, JsonNode> versions = new java.util.LinkedHashMap<>();
  private final String storageVersion;
  private final CelRuleCompiler compiler = new CelRuleCompiler();
  private UnknownFields unknownFields = UnknownFields.REJECT;

  private CrdSchemaValidator(JsonNode crd) {
    this.crd = crd;
    this.kind = crd.path("spec").path("names").path("kind").asText();
    this.group = crd.path("spec").path("group").asText();
    String storage = null;
    for (JsonNode v : crd.path("spec").path("versions")) {
      if (SchemaNode.of(v.path("schema").path("openAPIV3Schema")) == null) {
        throw new IllegalArgumentException(
            "CRD " + crd.path("metadata").path("name").asText() + " version " + v.path("name").asText() + " has no openAPIV3Schema");
      }
      if (v.path("served").asBoolean(true)) {
        versions.put(v.path("name").asText(), v);
      }
      if (v.path("storage").asBoolean(false)) {
        storage = v.path("name").asText();
      }
    }
    this.storageVersion = storage != null ? storage : versions.keySet().iterator().next();
  }

  public static CrdSchemaValidator of(JsonNode crd) {
    return new CrdSchemaValidator(crd);
  }

  public static CrdSchemaValidator load(Path crdYaml) {
    try {
      return of(YAML.readTree(Files.readString(crdYaml)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CRD on the classpath, e.g. {@code META-INF/fabric8/sessions.agent-orchestrator.io-v1.yml}. */
  public static CrdSchemaValidator fromClasspath(String resource) {
    try (InputStream in = CrdSchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath; run `mvn -pl crds process-test-classes`");
      }
      return of(YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets how undeclared fields are treated (default {@link UnknownFields#REJECT}, like kubectl). */
  public CrdSchemaValidator withUnknownFields(UnknownFields policy) {
    this.unknownFields = policy;
    return this;
  }

  public String kind() {
    return kind;
  }

  public JsonNode crd() {
    return crd;
  }

  /** The schema of the storage version. */
  public SchemaNode schema() {
    return schemaOf(versions.get(storageVersion));
  }

  /** What {@code kubectl create} of this object would get. */
  public ValidationResult create(JsonNode object) {
    return admit(object, null);
  }

  /** What an update of {@code stored} to {@code object} would get; transition rules are evaluated. */
  public ValidationResult update(JsonNode object, JsonNode stored) {
    JsonNode old = stored.deepCopy();
    Defaulter.apply(old, schemaOf(versionOf(old)));
    return admit(object, old);
  }

  /** Parses YAML or JSON text and {@link #create}s it. */
  public ValidationResult create(String yaml) {
    return create(parse(yaml));
  }

  public ValidationResult update(String yaml, String storedYaml) {
    return update(parse(yaml), parse(storedYaml));
  }

  public static JsonNode parse(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ValidationResult admit(JsonNode input, JsonNode old) {
    ObjectNode object = (ObjectNode) input.deepCopy();
    String name = object.path("metadata").path("name").asText("");
    JsonNode version = versionOf(object);
    String versionName = version.path("name").asText();
    SchemaNode schema = schemaOf(version);
    List<FieldPath> unknown = UnknownFieldsFinder.find(object, schema, unknownFields == UnknownFields.PRUNE);
    if (unknownFields == UnknownFields.REJECT && !unknown.isEmpty()) {
      return result(versionName, name, object, unknown.stream().map(FieldError::unknownField).toList());
    }
    if (old == null && version.path("subresources").has("status")) {
      object.remove("status");
    }
    Defaulter.apply(object, schema);

    List<FieldError> errors = new ArrayList<>(ObjectMetaChecks.check(object, kind, apiVersions()));
    errors.addAll(OpenApiValueValidator.validate(object, schema));
    errors.addAll(ListTypeValidator.validate(object, schema));
    if (errors.stream().anyMatch(e -> e.type() == FieldError.Type.TYPE_INVALID)) {
      // CEL rules cannot run on a value of the wrong type; the API server says so with a nil field path.
      errors.add(
          FieldError.invalidLiteral(
              FieldPath.of("<nil>"),
              GoValueFormat.quote("null"),
              "some validation rules were not checked because the object was invalid; correct the existing errors to"
                  + " complete validation"));
    } else {
      errors.addAll(CelRuleValidator.validate(compiler, object, old, schema));
    }
    return result(versionName, name, object, errors);
  }

  private ValidationResult result(String version, String name, JsonNode object, List<FieldError> errors) {
    // The API server's error aggregate drops repeated identical messages.
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    List<FieldError> unique = errors.stream().filter(e -> seen.add(e.toString())).toList();
    return new ValidationResult(kind, version, name, object, unique);
  }

  private List<String> apiVersions() {
    return versions.keySet().stream().map(v -> group + "/" + v).toList();
  }

  /** The served version the object's apiVersion names; the storage version when it names none (reported later). */
  private JsonNode versionOf(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText("");
    String name = apiVersion.startsWith(group + "/") ? apiVersion.substring(group.length() + 1) : "";
    return versions.getOrDefault(name, versions.get(storageVersion));
  }

  private static SchemaNode schemaOf(JsonNode version) {
    return SchemaNode.of(version.path("schema").path("openAPIV3Schema"));
  }
}
