package dev.ao.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks the API server makes on a custom resource outside its CRD schema: the kind and apiVersion match
 * the CRD, and {@code metadata.name} is a DNS subdomain (the rule for custom resource names).
 */
final class ObjectMetaChecks {
  private static final Pattern DNS_1123_SUBDOMAIN =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  private static final String DNS_1123_SUBDOMAIN_MESSAGE =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start"
          + " and end with an alphanumeric character (e.g. 'example.com', regex used for validation is"
          + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

  private ObjectMetaChecks() {}

  static List<FieldError> check(JsonNode object, String kind, List<String> apiVersions) {
    List<FieldError> errors = new ArrayList<>();
    JsonNode k = object.get("kind");
    if (k == null || !kind.equals(k.asText())) {
      errors.add(FieldError.invalid(FieldPath.root().child("kind"), k, "must be " + kind));
    }
    JsonNode v = object.get("apiVersion");
    if (v == null || !apiVersions.contains(v.asText())) {
      errors.add(FieldError.notSupported(FieldPath.root().child("apiVersion"), v, apiVersions));
    }
    JsonNode metadata = object.path("metadata");
    FieldPath name = FieldPath.root().child("metadata").child("name");
    String n = metadata.path("name").asText("");
    if (n.isEmpty()) {
      if (metadata.path("generateName").asText("").isEmpty()) {
        errors.add(FieldError.required(name, "name or generateName is required"));
      }
    } else {
      if (n.length() > 253) {
        errors.add(FieldError.invalid(name, metadata.get("name"), "must be no more than 253 characters"));
      }
      if (!DNS_1123_SUBDOMAIN.matcher(n).matches()) {
        errors.add(FieldError.invalid(name, metadata.get("name"), DNS_1123_SUBDOMAIN_MESSAGE));
      }
    }
    return errors;
  }
}
