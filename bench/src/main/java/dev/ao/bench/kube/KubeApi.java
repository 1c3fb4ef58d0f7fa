package dev.ao.bench.kube;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;

/**
 * The Kubernetes API the operator's tests use, as a real HTTP server on 127.0.0.1: Fabric8's mock server in CRUD
 * mode (watches, status subresource, finalizers) with our CRDs installed.
 */
public final class KubeApi implements AutoCloseable {
  private final KubernetesMockServer server;
  private final KubernetesClient client;

  private KubeApi(KubernetesMockServer server) {
    this.server = server;
    this.client = server.createClient();
  }

  public static KubeApi start() {
    KubernetesMockServer server =
        new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(List.of()), false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    KubeApi api = new KubeApi(server);
    api.installCrds();
    return api;
  }

  /** The benchmark's own client (the operator process has its own). */
  public KubernetesClient client() {
    return client;
  }

  public String url() {
    return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
  }

  private void installCrds() {
    for (String name : List.of("sessions", "projects")) {
      String path = "/META-INF/fabric8/" + name + ".agent-orchestrator.io-v1.yml";
      try (InputStream in = KubeApi.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " is not on the classpath (it comes with ao-crds)");
        }
        CustomResourceDefinition crd = client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
