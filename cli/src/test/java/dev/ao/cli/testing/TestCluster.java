package dev.ao.cli.testing;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;

/** The Kubernetes API as a real HTTP server: Fabric8's mock server in CRUD mode, with our CRDs from the crds jar. */
public final class TestCluster implements AutoCloseable {
  private final KubernetesMockServer server;
  private final KubernetesClient client;

  private TestCluster(boolean installCrds) {
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(List.of()), false);
    server.init();
    client = server.createClient();
    if (installCrds) {
      installCrds();
    }
  }

  public static TestCluster start(boolean installCrds) {
    return new TestCluster(installCrds);
  }

  public KubernetesClient client() {
    return client;
  }

  /** http://localhost:<port>/ — what the kubeconfig points at. */
  public String url() {
    return client.getConfiguration().getMasterUrl();
  }

  private void installCrds() {
    for (String name : List.of("sessions", "projects")) {
      String path = "/META-INF/fabric8/" + name + ".agent-orchestrator.io-v1.yml";
      try (InputStream in = TestCluster.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " is not on the classpath: build the crds module first");
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
