package dev.ao.local.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery documents kubectl reads before anything else (/version, /api, /apis and each
 * group version's resource list). The mock API server does not serve them; local mode does, for
 * exactly the kinds the product uses.
 */
final class Discovery {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A served resource: plural name, kind, namespaced, short names. */
  record Resource(String name, String kind, boolean namespaced, List<String> shortNames, boolean hasStatus) {}

  static final Map<String, List<Resource>> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("v1", List.of(
        new Resource("namespaces", "Namespace", false, List.of("ns"), true),
        new Resource("pods", "Pod", true, List.of("po"), true),
        new Resource("secrets", "Secret", true, List.of(), false),
        new Resource("configmaps", "ConfigMap", true, List.of("cm"), false),
        new Resource("persistentvolumeclaims", "PersistentVolumeClaim", true, List.of("pvc"), true),
        new Resource("serviceaccounts", "ServiceAccount", true, List.of("sa"), false),
        new Resource("events", "Event", true, List.of("ev"), false)));
    GROUPS.put("agent-orchestrator.io/v1alpha1", List.of(
        new Resource("sessions", "Session", true, List.of("aos", "sess"), true),
        new Resource("projects", "Project", true, List.of("aop", "proj"), true)));
    GROUPS.put("rbac.authorization.k8s.io/v1", List.of(
        new Resource("roles", "Role", true, List.of(), false),
        new Resource("rolebindings", "RoleBinding", true, List.of(), false)));
    GROUPS.put("apiextensions.k8s.io/v1", List.of(
        new Resource("customresourcedefinitions", "CustomResourceDefinition", false, List.of("crd", "crds"), true)));
    GROUPS.put("coordination.k8s.io/v1", List.of(new Resource("leases", "Lease", true, List.of(), false)));
  }

  private Discovery() {}

  /** The JSON for a discovery path, or null when the path is not a discovery document. */
  static String document(String path) throws Exception {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    if (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    return switch (p) {
      case "/version" -> JSON.writeValueAsString(Map.of("major", "1", "minor", "32", "gitVersion", "v1.32.0-ao-local",
          "platform", "linux/amd64", "goVersion", "n/a", "compiler", "ao-local", "buildDate", "2026-11-24T00:00:00Z"));
      case "/api" -> JSON.writeValueAsString(Map.of("kind", "APIVersions", "versions", List.of("v1"),
          "serverAddressByClientCIDRs", List.of(Map.of("clientCIDR", "0.0.0.0/0", "serverAddress", "127.0.0.1"))));
      case "/apis" -> JSON.writeValueAsString(groupList());
      default -> resourceList(p);
    };
  }

  private static Map<String, Object> groupList() {
    List<Object> groups = GROUPS.keySet().stream().filter(gv -> gv.contains("/")).map(gv -> {
      String group = gv.substring(0, gv.indexOf('/'));
      String version = gv.substring(gv.indexOf('/') + 1);
      Map<String, String> v = Map.of("groupVersion", gv, "version", version);
      return (Object) Map.of("name", group, "versions", List.of(v), "preferredVersion", v);
    }).toList();
    return Map.of("kind", "APIGroupList", "apiVersion", "v1", "groups", groups);
  }

  private static String resourceList(String path) throws Exception {
    String gv = path.equals("/api/v1") ? "v1" : path.startsWith("/apis/") ? path.substring("/apis/".length()) : null;
    if (gv == null || !GROUPS.containsKey(gv)) {
      return null;
    }
    List<Object> resources = new java.util.ArrayList<>();
    for (Resource r : GROUPS.get(gv)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name());
      m.put("singularName", r.kind().toLowerCase());
      m.put("namespaced", r.namespaced());
      m.put("kind", r.kind());
      m.put("verbs", List.of("create", "delete", "get", "list", "patch", "update", "watch"));
      if (!r.shortNames().isEmpty()) {
        m.put("shortNames", r.shortNames());
      }
      resources.add(m);
      if (r.hasStatus()) {
        resources.add(Map.of("name", r.name() + "/status", "singularName", "", "namespaced", r.namespaced(), "kind", r.kind(),
            "verbs", List.of("get", "patch", "update")));
      }
    }
    return JSON.writeValueAsString(Map.of("kind", "APIResourceList", "apiVersion", "v1", "groupVersion", gv, "resources", resources));
  }
}
