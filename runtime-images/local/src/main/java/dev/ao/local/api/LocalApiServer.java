package dev.ao.local.api;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An embedded Kubernetes API on 127.0.0.1: Fabric8's API server in CRUD mode (watches, status
 * subresource, finalizers), discovery documents so kubectl works, our CRDs installed, and the
 * objects saved to disk after every change so the next start carries on.
 */
public final class LocalApiServer implements AutoCloseable {
  private final KubernetesMockServer server;
  private final KubernetesClient client;
  private final StateStore store;
  private final AtomicBoolean dirty = new AtomicBoolean();
  private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "state-saver");
    t.setDaemon(true);
    return t;
  });
  private final int port;

  private LocalApiServer(KubernetesMockServer server, int port, Path stateDir) {
    this.server = server;
    this.port = port;
    this.client = new KubernetesClientBuilder().withConfig(config()).build();
    this.store = new StateStore(stateDir);
  }

  /** Starts on {@code port} (0 = any free port). Fails with a clear message when the port is taken. */
  public static LocalApiServer start(int port, Path stateDir) {
    if (port != 0) {
      ensureFree(port);
    }
    AtomicBoolean[] dirtyRef = new AtomicBoolean[1];
    LocalDispatcher dispatcher = new LocalDispatcher(() -> {
      if (dirtyRef[0] != null) {
        dirtyRef[0].set(true);
      }
    });
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
    try {
      server.init(InetAddress.getByName("127.0.0.1"), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LocalApiServer api = new LocalApiServer(server, server.getPort(), stateDir);
    api.installCrds();
    int restored = api.store.load(api.client);
    dirtyRef[0] = api.dirty;
    api.saver.scheduleWithFixedDelay(api::saveIfDirty, 500, 500, TimeUnit.MILLISECONDS);
    System.out.println("[local] Kubernetes API on " + api.url() + (restored > 0 ? " (restored " + restored + " objects)" : ""));
    return api;
  }

  static void ensureFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException("port " + port + " on 127.0.0.1 is already in use (is `ao local up` already running? `ao local status`"
          + " tells; otherwise pick another port with --port)");
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public KubernetesClient client() {
    return client;
  }

  public Config config() {
    return new ConfigBuilder().withMasterUrl("http://127.0.0.1:" + port).withNamespace("default").withTrustCerts(true)
        .withRequestRetryBackoffLimit(2).build();
  }

  /** Writes a kubeconfig for kubectl and `ao` (context {@code ao-local}, namespace default). */
  public void writeKubeconfig(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        apiVersion: v1
        kind: Config
        clusters:
        - name: ao-local
          cluster:
            server: %s
        users:
        - name: ao-local
          user:
            token: ao-local
        contexts:
        - name: ao-local
          context:
            cluster: ao-local
            user: ao-local
            namespace: default
        current-context: ao-local
        """.formatted(url()));
  }

  private void installCrds() {
    for (String plural : List.of("sessions", "projects")) {
      String path = "/META-INF/fabric8/" + plural + ".agent-orchestrator.io-v1.yml";
      try (InputStream in = LocalApiServer.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " missing: the crds jar is not on the classpath");
        }
        CustomResourceDefinition crd = client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class);
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata().withName("default").endMetadata().build())
        .create();
  }

  private void saveIfDirty() {
    if (dirty.getAndSet(false)) {
      try {
        store.save(client);
      } catch (RuntimeException e) {
        dirty.set(true);
        System.err.println("[local] could not save state: " + e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    saver.shutdownNow();
    saveIfDirty();
    client.close();
    server.destroy();
  }
}
