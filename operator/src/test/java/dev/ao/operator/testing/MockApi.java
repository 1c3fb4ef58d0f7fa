package dev.ao.operator.testing;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Fabric8's mock API server in CRUD mode with our CRDs registered; the operator is told apart by its User-Agent. */
final class MockApi implements TestApiServer {
  private final KubernetesMockServer server;
  private final KubernetesClient client;
  private String operatorAgent;

  MockApi() {
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(List.of()), false);
    server.init();
    client = server.createClient();
    for (String name : List.of("sessions", "projects")) {
      String path = "/META-INF/fabric8/" + name + ".agent-orchestrator.io-v1.yml";
      try (InputStream in = MockApi.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " not on the classpath: build the crds module first");
        }
        CustomResourceDefinition crd = client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public Kind kind() {
    return Kind.MOCK;
  }

  @Override
  public KubernetesClient client() {
    return client;
  }

  @Override
  public KubernetesClient newOperatorClient(String userAgent) {
    operatorAgent = userAgent;
    return server.createClient(b -> b.editOrNewConfig().withUserAgent(userAgent).endConfig());
  }

  @Override
  public List<ApiCall> drainOperatorCalls() {
    List<ApiCall> out = new ArrayList<>();
    try {
      RecordedRequest r;
      while ((r = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
        String agent = r.getHeader("User-Agent");
        if (operatorAgent != null && agent != null && agent.startsWith(operatorAgent)) {
          out.add(new ApiCall(r.getMethod(), r.getPath(), null, null, null));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
