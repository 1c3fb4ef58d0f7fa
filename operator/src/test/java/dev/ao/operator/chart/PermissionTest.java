package dev.ao.operator.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request → permission, the way the API server's RBAC authorizer reads a request. */
class PermissionTest {
  @Test
  void should_derive_verb_and_resource_from_method_and_path() {
    assertThat(Permission.ofRequest("GET", "/api/v1/namespaces/team-a/pods?labelSelector=a%3Db&watch=true&allowWatchBookmarks=true"))
        .contains(new Permission("", "pods", "watch"));
    assertThat(Permission.ofRequest("GET", "/apis/agent-orchestrator.io/v1alpha1/sessions?resourceVersion=0"))
        .contains(new Permission("agent-orchestrator.io", "sessions", "list"));
    assertThat(Permission.ofRequest("GET", "/api/v1/namespaces/team-a/secrets/github-token"))
        .contains(new Permission("", "secrets", "get"));
    assertThat(Permission.ofRequest("PUT", "/apis/agent-orchestrator.io/v1alpha1/namespaces/team-a/sessions/webapp-1/status"))
        .contains(new Permission("agent-orchestrator.io", "sessions/status", "update"));
    assertThat(Permission.ofRequest("PATCH", "/api/v1/namespaces/team-a/persistentvolumeclaims/webapp-1-workspace"))
        .contains(new Permission("", "persistentvolumeclaims", "patch"));
    assertThat(Permission.ofRequest("POST", "/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/roles"))
        .contains(new Permission("rbac.authorization.k8s.io", "roles", "create"));
    assertThat(Permission.ofRequest("DELETE", "/api/v1/namespaces/team-a/pods/webapp-1-agent"))
        .contains(new Permission("", "pods", "delete"));
    assertThat(Permission.ofRequest("GET", "/version")).isEmpty();
    assertThat(Permission.ofRequest("GET", "/apis")).isEmpty();
  }
}
