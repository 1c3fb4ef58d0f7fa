package dev.ao.bench.kube;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cluster of a kubeconfig: a real kube-apiserver and etcd (e.g. {@code bench/real-apiserver.sh}). Installs our CRDs
 * when absent (1.20 has no CEL and drops their {@code x-kubernetes-validations}), runs in a namespace of its own and
 * deletes it at the end, and reads the API server's request counts from its {@code /metrics}.
 *
 * <p>Deleting a namespace needs the namespace controller (kube-controller-manager), and Session finalizers need the
 * operator, which has stopped by then: the benchmark therefore empties the namespace itself (finalizers off, every
 * namespaced kind deleted), and finalizes it when no namespace controller shows up.
 */
public final class ClusterKubeApi implements KubeApi {
  private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CONTROLLER_PATIENCE = Duration.ofSeconds(3);
  private static final Duration DELETE_PATIENCE = Duration.ofMinutes(2);
  private final KubernetesClient client;
  private final Path kubeconfig;
  private final String namespace;
  private final String version;
  private final PrintStream log;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread cleanupOnExit;

  private ClusterKubeApi(KubernetesClient client, Path kubeconfig, String namespace, String version, PrintStream log) {
    this.client = client;
    this.kubeconfig = kubeconfig;
    this.namespace = namespace;
    this.version = version;
    this.log = log;
    this.cleanupOnExit = new Thread(this::close, "bench-namespace-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanupOnExit);
  }

  /**
   * Connects with the kubeconfig's current context, installs the CRDs if absent. The namespace is made by the run
   * ({@code BenchObjects.namespace}) and deleted by {@link #close()}.
   *
   * @param crdDir the chart's CRDs (see {@link Crds}), or null
   */
  public static ClusterKubeApi open(Path kubeconfig, String namespace, Path crdDir, PrintStream log) {
    Path file = kubeconfig.toAbsolutePath();
    KubernetesClient client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(file.toFile())).build();
    try {
      String version = client.getKubernetesVersion().getGitVersion();
      installCrds(client, crdDir, log);
      return new ClusterKubeApi(client, file, namespace, version, log);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private static void installCrds(KubernetesClient client, Path crdDir, PrintStream log) {
    for (CustomResourceDefinition crd : Crds.load(client, crdDir)) {
      var existing = client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName());
      if (existing.get() == null) {
        crd.getMetadata().setResourceVersion(null);
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        log.printf("installed CRD %s%n", crd.getMetadata().getName());
      }
      existing.waitUntilCondition(c -> c != null && c.getStatus() != null && c.getStatus().getConditions() != null
          && c.getStatus().getConditions().stream()
          .anyMatch(x -> "Established".equals(x.getType()) && "True".equals(x.getStatus())), 60, TimeUnit.SECONDS);
    }
  }

  @Override
  public KubernetesClient client() {
    return client;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public String description() {
    return "kube-apiserver " + version + " at " + client.getConfiguration().getMasterUrl().replaceAll("/$", "") + " (kubeconfig " + kubeconfig + ")";
  }

  @Override
  public OperatorConnection operatorConnection() {
    return new OperatorConnection(OperatorConnection.KUBECONFIG, Map.of("KUBECONFIG", kubeconfig.toString()));
  }

  /** {@code GET /metrics} with the kubeconfig's credentials (the admin token of bench/real-apiserver.sh). */
  @Override
  public ApiRequests requests() {
    HttpRequest request = client.getHttpClient().newHttpRequestBuilder()
        .uri(client.getConfiguration().getMasterUrl().replaceAll("/$", "") + "/metrics").build();
    try {
      HttpResponse<String> response = client.getHttpClient().sendAsync(request, String.class)
          .get(SCRAPE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      long at = System.nanoTime();
      if (!response.isSuccessful()) {
        throw new IllegalStateException("GET /metrics answered " + response.code() + " (the benchmark reads the API server's request counts"
            + " there; the kubeconfig's user needs get on the non-resource URL /metrics)");
      }
      return ApiRequests.fromMetrics(at, response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading /metrics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not read the API server's /metrics", e);
    }
  }

  /** Deletes the run's namespace and waits until it is gone; then closes the client. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
    } catch (IllegalStateException shuttingDown) {
      // running as the hook
    }
    try {
      deleteNamespace();
    } catch (RuntimeException e) {
      log.printf("could not delete namespace %s: %s (delete it with: kubectl delete namespace %s)%n", namespace, e, namespace);
    } finally {
      client.close();
    }
  }

  private void deleteNamespace() {
    var ns = client.namespaces().withName(namespace);
    if (ns.get() == null) {
      return;
    }
    long t0 = System.nanoTime();
    ns.delete();
    int deleted = 0;
    for (ResourceDefinitionContext kind : namespacedKinds()) {
      deleted += empty(kind);
    }
    // A cluster's namespace controller reports on the namespace while it deletes; an API server alone never does.
    long controllerDeadline = System.nanoTime() + CONTROLLER_PATIENCE.toNanos();
    boolean controller = false;
    while (!controller && System.nanoTime() < controllerDeadline && ns.get() != null) {
      Namespace current = ns.get();
      controller = current == null || (current.getStatus() != null && current.getStatus().getConditions() != null
          && !current.getStatus().getConditions().isEmpty());
      sleep(500);
    }
    if (!controller && ns.get() != null) {
      finalizeNamespace();
    }
    long deadline = System.nanoTime() + DELETE_PATIENCE.toNanos();
    while (ns.get() != null) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("still there after " + DELETE_PATIENCE.toSeconds() + " s");
      }
      sleep(500);
    }
    log.printf("deleted namespace %s (%d objects) in %.1f s%n", namespace, deleted, (System.nanoTime() - t0) / 1e9);
  }

  /** Every namespaced kind the server serves (preferred versions) that can be listed and deleted. */
  private List<ResourceDefinitionContext> namespacedKinds() {
    List<String> groupVersions = new ArrayList<>(List.of("v1"));
    for (APIGroup g : client.getApiGroups().getGroups()) {
      groupVersions.add(g.getPreferredVersion().getGroupVersion());
    }
    List<ResourceDefinitionContext> kinds = new ArrayList<>();
    for (String gv : groupVersions) {
      APIResourceList resources = client.getApiResources(gv);
      if (resources == null) {
        continue;
      }
      String group = gv.contains("/") ? gv.substring(0, gv.indexOf('/')) : "";
      String version = gv.substring(gv.indexOf('/') + 1);
      for (APIResource r : resources.getResources()) {
        if (Boolean.TRUE.equals(r.getNamespaced()) && !r.getName().contains("/") && r.getVerbs().contains("list") && r.getVerbs().contains("delete")) {
          kinds.add(new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withPlural(r.getName())
              .withKind(r.getKind()).withNamespaced(true).build());
        }
      }
    }
    return kinds;
  }

  /** Deletes every object of one kind in the namespace, taking finalizers off first (nothing is left to act on them). */
  private int empty(ResourceDefinitionContext kind) {
    var objects = client.genericKubernetesResources(kind).inNamespace(namespace);
    List<GenericKubernetesResource> items;
    try {
      items = objects.list().getItems();
    } catch (KubernetesClientException e) {
      return 0;
    }
    for (GenericKubernetesResource item : items) {
      if (item.getMetadata().getFinalizers() != null && !item.getMetadata().getFinalizers().isEmpty()) {
        try {
          objects.withName(item.getMetadata().getName()).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"finalizers\":null}}");
        } catch (KubernetesClientException e) {
          if (e.getCode() != 404) {
            throw e;
          }
        }
      }
    }
    if (!items.isEmpty()) {
      objects.delete();
    }
    return items.size();
  }

  /** What the namespace controller does last: drop the "kubernetes" finalizer once the namespace is empty. */
  private void finalizeNamespace() {
    Namespace current = client.namespaces().withName(namespace).get();
    if (current == null) {
      return;
    }
    Namespace done = new NamespaceBuilder(current).editOrNewSpec().withFinalizers(List.of()).endSpec().build();
    client.raw(client.getConfiguration().getMasterUrl().replaceAll("/$", "") + "/api/v1/namespaces/" + namespace + "/finalize", "PUT", done);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
