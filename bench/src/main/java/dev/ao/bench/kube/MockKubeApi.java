package dev.ao.bench.kube;

import dev.ao.bench.kube.ApiRequests.VerbClass;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The Kubernetes API the operator's tests use, as a real HTTP server on 127.0.0.1: Fabric8's mock server in CRUD
 * mode (watches, status subresource, finalizers) with our CRDs installed, counting the requests it answers.
 */
public final class MockKubeApi implements KubeApi {
  private final KubernetesMockServer server;
  private final CountingDispatcher dispatcher;
  private final KubernetesClient client;
  private final String namespace;

  private MockKubeApi(KubernetesMockServer server, CountingDispatcher dispatcher, String namespace) {
    this.server = server;
    this.dispatcher = dispatcher;
    this.client = server.createClient();
    this.namespace = namespace;
  }

  /** @param crdDir the chart's CRDs (see {@link Crds}), or null */
  public static MockKubeApi start(String namespace, java.nio.file.Path crdDir) {
    CountingDispatcher dispatcher = new CountingDispatcher();
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    MockKubeApi api = new MockKubeApi(server, dispatcher, namespace);
    for (CustomResourceDefinition crd : Crds.load(api.client, crdDir)) {
      api.client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
    }
    return api;
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
    return "Fabric8 mock API server (CRUD mode) in the benchmark's JVM";
  }

  @Override
  public OperatorConnection operatorConnection() {
    return new OperatorConnection("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort(), Map.of());
  }

  @Override
  public ApiRequests requests() {
    return dispatcher.requests();
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }

  /** The CRUD dispatcher, counting each request by the verb kube-apiserver would report for it. */
  static final class CountingDispatcher extends KubernetesCrudDispatcher {
    private static final Pattern WATCH = Pattern.compile("[?&]watch=(true|1)(&|$)");
    private final Map<VerbClass, LongAdder> counts = new java.util.EnumMap<>(VerbClass.class);

    CountingDispatcher() {
      super(List.of());
      for (VerbClass c : VerbClass.values()) {
        counts.put(c, new LongAdder());
      }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      counts.get(classOf(request.getMethod(), request.getPath())).increment();
      return super.dispatch(request);
    }

    static VerbClass classOf(String method, String path) {
      if ("GET".equalsIgnoreCase(method) && path != null && WATCH.matcher(path).find()) {
        return VerbClass.WATCH;
      }
      return ApiRequests.classOf(method == null ? "" : method);
    }

    ApiRequests requests() {
      return new ApiRequests(System.nanoTime(), counts.get(VerbClass.READ).sum(), counts.get(VerbClass.WRITE).sum(),
          counts.get(VerbClass.WATCH).sum(), counts.get(VerbClass.OTHER).sum(), Double.NaN, Double.NaN);
    }
  }
}
