package dev.ao.operator.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The API server of the Quarkus-booted operator's tests ({@code @QuarkusTestResource}), chosen like the
 * harness's with {@code -Dao.it.apiserver}: a mock server of its own, or a real kube-apiserver of its
 * own (not the harness's shared one, so the booted operator, which runs until the JVM ends, never
 * meets the objects of another test). On the real server the booted operator authenticates as the
 * chart's ServiceAccount; tests create their fixtures with the client injected into an
 * {@link AdminClient} field, which may do anything.
 */
public final class ApiServerTestResource implements QuarkusTestResourceLifecycleManager {
  private TestApiServer api;
  private RealApiServer real;

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(api.client(), new TestInjector.AnnotatedAndMatchesType(AdminClient.class, KubernetesClient.class));
  }

  @Override
  public synchronized Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    if (TestApiServer.selected() == TestApiServer.Kind.REAL) {
      RealApiServer server = RealApiServer.startNew();
      real = server;
      api = new RealApi(server);
      config.put("quarkus.kubernetes-client.api-server-url", server.url());
      config.put("quarkus.kubernetes-client.ca-cert-data",
          Base64.getEncoder().encodeToString(server.caPem().getBytes(StandardCharsets.UTF_8)));
      config.put("quarkus.kubernetes-client.token", server.operatorToken());
    } else {
      api = new MockApi();
      config.put("quarkus.kubernetes-client.api-server-url", api.client().getConfiguration().getMasterUrl());
      config.put("quarkus.kubernetes-client.trust-certs", "true");
    }
    config.put("quarkus.kubernetes-client.namespace", "default");
    return config;
  }

  @Override
  public synchronized void stop() {
    if (api != null) {
      api.close();
      api = null;
    }
    if (real != null) {
      real.stop();
      real = null;
    }
  }
}
