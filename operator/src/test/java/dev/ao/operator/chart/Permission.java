package dev.ao.operator.chart;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One RBAC permission: verb on group/resource[/subresource], as a request needs it or a rule grants it. */
record Permission(String group, String resource, String verb) implements Comparable<Permission> {
  private static final Comparator<Permission> ORDER =
      Comparator.comparing(Permission::group).thenComparing(Permission::resource).thenComparing(Permission::verb);

  /**
   * The permission an API request needs, as the API server's authorizer derives it: the path names
   * group and resource, the method and whether a name or ?watch is present name the verb. Empty for
   * non-resource paths (/version, discovery), which every authenticated client may read.
   */
  static Optional<Permission> ofRequest(String method, String pathAndQuery) {
    URI uri = URI.create(pathAndQuery);
    String[] parts = uri.getPath().replaceAll("^/+|/+$", "").split("/");
    int i;
    String group;
    if (parts.length >= 3 && parts[0].equals("api")) {
      group = "";
      i = 2;
    } else if (parts.length >= 4 && parts[0].equals("apis")) {
      group = parts[1];
      i = 3;
    } else {
      return Optional.empty();
    }
    if (parts.length > i + 1 && parts[i].equals("namespaces")) {
      i += 2; // namespaced resource; /api/v1/namespaces/<ns> alone would be the namespace object itself
      if (parts.length <= i) {
        return Optional.of(new Permission(group, "namespaces", verb(method, true, uri.getQuery())));
      }
    }
    String resource = parts[i];
    boolean named = parts.length > i + 1;
    if (parts.length > i + 2) {
      resource += "/" + parts[i + 2];
    }
    return Optional.of(new Permission(group, resource, verb(method, named, uri.getQuery())));
  }

  /**
   * The permission a recorded request needed: as the real API server's authorizer checked it (from its
   * audit log), or derived from method and path (mock server). Empty for non-resource paths.
   */
  static Optional<Permission> of(dev.ao.operator.testing.TestApiServer.ApiCall call) {
    if (call.verb() != null) {
      return call.resource().isEmpty() ? Optional.empty() : Optional.of(new Permission(call.group(), call.resource(), call.verb()));
    }
    return ofRequest(call.method(), call.path());
  }

  private static String verb(String method, boolean named, String query) {
    boolean watch = query != null && List.of(query.split("&")).contains("watch=true");
    return switch (method) {
      case "GET" -> watch ? "watch" : named ? "get" : "list";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> named ? "delete" : "deletecollection";
      default -> method.toLowerCase();
    };
  }

  /** Every permission a list of rendered rules (Role/ClusterRole "rules") grants. */
  static Set<Permission> granted(JsonNode rules) {
    Set<Permission> out = new TreeSet<>();
    for (JsonNode rule : rules) {
      for (JsonNode group : rule.path("apiGroups")) {
        for (JsonNode resource : rule.path("resources")) {
          for (JsonNode verb : rule.path("verbs")) {
            out.add(new Permission(group.asText(), resource.asText(), verb.asText()));
          }
        }
      }
    }
    return out;
  }

  /** Every permission Fabric8 policy rules grant (the Role the operator writes for orchestrator Sessions). */
  static Set<Permission> granted(List<PolicyRule> rules) {
    Set<Permission> out = new TreeSet<>();
    for (PolicyRule rule : rules) {
      for (String group : rule.getApiGroups()) {
        for (String resource : rule.getResources()) {
          for (String verb : rule.getVerbs()) {
            out.add(new Permission(group, resource, verb));
          }
        }
      }
    }
    return out;
  }

  @Override
  public int compareTo(Permission o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return (group.isEmpty() ? "core" : group) + " " + resource + " " + verb;
  }
}
