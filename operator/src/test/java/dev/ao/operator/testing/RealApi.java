package dev.ao.operator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.operator.chart.HelmChart;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real API server, emptied of the previous test's objects, with the operator running as the chart's
 * ServiceAccount (see {@link RealApiServer#operatorToken()}): what the operator may do is exactly what
 * the chart grants.
 */
final class RealApi implements TestApiServer {
  /** Namespaces the tests put objects in; emptied before each harness. */
  static final List<String> TEST_NAMESPACES = List.of(Fixtures.NS, HelmChart.NAMESPACE);
  static final String OPERATOR_USER = RealApiServer.OPERATOR_USER;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RealApiServer server;
  private final KubernetesClient client;
  private long auditOffset;

  RealApi(RealApiServer server) {
    this.server = server;
    client = server.adminClient();
    server.operatorToken(); // the chart's identity and the test namespaces, once per server
    wipe(client);
    auditOffset = server.auditLog().toFile().length();
  }

  @Override
  public Kind kind() {
    return Kind.REAL;
  }

  @Override
  public KubernetesClient client() {
    return client;
  }

  @Override
  public KubernetesClient newOperatorClient(String userAgent) {
    return server.client(server.operatorToken(), b -> b.withUserAgent(userAgent));
  }

  /** The shared server (for tests that need more than a harness: other identities, the audit log). */
  RealApiServer server() {
    return server;
  }

  @Override
  public List<ApiCall> drainOperatorCalls() {
    List<ApiCall> out = new ArrayList<>();
    try (RandomAccessFile log = new RandomAccessFile(server.auditLog().toFile(), "r")) {
      log.seek(auditOffset);
      String line;
      while ((line = log.readLine()) != null) {
        JsonNode event = JSON.readTree(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        JsonNode ref = event.path("objectRef");
        if (!OPERATOR_USER.equals(event.path("user").path("username").asText()) || ref.isMissingNode()) {
          continue;
        }
        String resource = ref.path("resource").asText() + (ref.hasNonNull("subresource") ? "/" + ref.path("subresource").asText() : "");
        out.add(new ApiCall(null, event.path("requestURI").asText(), event.path("verb").asText(), ref.path("apiGroup").asText(""), resource));
      }
      auditOffset = log.getFilePointer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public void close() {
    client.close();
  }

  /**
   * Deletes what a previous test left in the test namespaces. Namespaces themselves stay: deleting one
   * needs the namespace controller, which does not run here. Finalizers of the operator (stopped by
   * now) are removed first; pods go at once, having no node.
   */
  static void wipe(KubernetesClient admin) {
    String ns = Fixtures.NS;
    for (Class<? extends HasMetadata> type : List.of(Session.class, Project.class)) {
      for (HasMetadata r : admin.resources(type).inNamespace(ns).list().getItems()) {
        if (r.getMetadata().getFinalizers() != null && !r.getMetadata().getFinalizers().isEmpty()) {
          admin.resources(type).inNamespace(ns).withName(r.getMetadata().getName())
              .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"finalizers\":null}}");
        }
      }
      admin.resources(type).inNamespace(ns).delete();
    }
    admin.pods().inNamespace(ns).withGracePeriod(0).delete();
    admin.persistentVolumeClaims().inNamespace(ns).delete();
    admin.secrets().inNamespace(ns).delete();
    admin.configMaps().inNamespace(ns).delete();
    admin.serviceAccounts().inNamespace(ns).delete();
    admin.rbac().roleBindings().inNamespace(ns).delete();
    admin.rbac().roles().inNamespace(ns).delete();
    for (String n : TEST_NAMESPACES) {
      admin.v1().events().inNamespace(n).delete();
      admin.leases().inNamespace(n).delete();
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!empty(admin)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("objects of the previous test are still being deleted in " + TEST_NAMESPACES);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static boolean empty(KubernetesClient admin) {
    for (String ns : List.of(Fixtures.NS)) {
      if (!admin.resources(Session.class).inNamespace(ns).list().getItems().isEmpty()
          || !admin.resources(Project.class).inNamespace(ns).list().getItems().isEmpty()
          || !admin.pods().inNamespace(ns).list().getItems().isEmpty()
          || !admin.persistentVolumeClaims().inNamespace(ns).list().getItems().isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
