package dev.ao.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
  private static JsonNode doc(String path) throws Exception {
    return new ObjectMapper().readTree(Discovery.document(path));
  }

  @Test
  void serves_the_documents_kubectl_reads_first() throws Exception {
    assertThat(doc("/version").path("gitVersion").asText()).startsWith("v1.32");
    assertThat(doc("/api").path("versions").get(0).asText()).isEqualTo("v1");
    assertThat(doc("/apis").path("groups").findValuesAsText("name")).contains("agent-orchestrator.io", "rbac.authorization.k8s.io");
    JsonNode ours = doc("/apis/agent-orchestrator.io/v1alpha1");
    assertThat(ours.path("resources").findValuesAsText("name")).contains("sessions", "sessions/status", "projects");
    assertThat(ours.path("resources").get(0).path("shortNames").get(0).asText()).isEqualTo("aos");
    assertThat(Discovery.document("/api/v1/namespaces/default/pods")).isNull();
  }
}
