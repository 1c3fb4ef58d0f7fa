package dev.ao.operator.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

/**
 * The Kubernetes API the operator's integration tests run against, chosen per run with the system
 * property {@code ao.it.apiserver}: {@code mock} (the default: Fabric8's mock server in CRUD mode, a
 * fresh one per harness) or {@code real} (etcd + kube-apiserver 1.20, one per test JVM, see
 * {@link RealApiServer}; the operator then authenticates as the Helm chart's ServiceAccount and holds
 * exactly the chart's RBAC permissions).
 */
public interface TestApiServer extends AutoCloseable {
  String PROPERTY = "ao.it.apiserver";

  /** The kind this run selected. */
  static Kind selected() {
    String value = System.getProperty(PROPERTY, "mock").trim();
    return switch (value) {
      case "", "mock" -> Kind.MOCK;
      case "real" -> Kind.REAL;
      default -> throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + ": expected mock or real");
    };
  }

  /** A fresh API for one harness: a new mock server, or the shared real one emptied of the last test's objects. */
  static TestApiServer create() {
    return selected() == Kind.REAL ? new RealApi(RealApiServer.shared()) : new MockApi();
  }

  enum Kind {
    MOCK,
    REAL
  }

  Kind kind();

  /** The test's own client: it may do anything (cluster-admin on the real server). */
  KubernetesClient client();

  /** A new client with the operator's identity and User-Agent (the caller closes it). */
  KubernetesClient newOperatorClient(String userAgent);

  /** The API requests the operator made since the last call, oldest first. */
  List<ApiCall> drainOperatorCalls();

  @Override
  void close();

  /**
   * One API request. From the mock server: method and path, which a test maps to the permission it
   * needs. From the real server's audit log: also the verb, group and resource the authorizer checked.
   */
  record ApiCall(String method, String path, String verb, String group, String resource) {
    public String line() {
      return (verb != null ? verb.toUpperCase() : method) + " " + path;
    }
  }
}
