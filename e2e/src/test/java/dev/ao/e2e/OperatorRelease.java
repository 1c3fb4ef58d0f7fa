package dev.ao.e2e;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.Release;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart installed the way users install it: {@code helm install} (Helm in-process through
 * helm-java) with the images e2e/run-node-tier.sh built and loaded, and otherwise the chart's defaults.
 *
 * <p>One test-only change: the chart promises Kubernetes 1.25 or newer ({@code kubeVersion}), and the
 * only control plane that builds on these machines is 1.20, so the tests install a copy of the chart
 * whose {@code kubeVersion} admits 1.20. What 1.20 lacks (CEL rules in the CRDs) the operator's own
 * validation covers; docs/operations.md says which versions get what.
 */
final class OperatorRelease {
  static final String NAME = "ao";
  static final String NAMESPACE = "ao-system";
  static final String FULLNAME = "ao-agent-orchestrator";

  private OperatorRelease() {}

  /** Installs the chart with these values over its defaults and waits until the Deployment is available. */
  static Release install(RealNode node, Map<String, Object> values) {
    Path chart = chartFor120(node.repoRoot.resolve("helm/agent-orchestrator"));
    try {
      var install = new Helm(chart).install().withName(NAME).withNamespace(NAMESPACE).createNamespace()
          .withKubeConfig(node.kubeconfig).waitReady().withTimeout(240);
      values.forEach(install::set);
      return install.call();
    } finally {
      deleteTree(chart);
    }
  }

  static Release install(RealNode node) {
    return install(node, new LinkedHashMap<>());
  }

  static String uninstall(RealNode node) {
    return Helm.uninstall(NAME).withNamespace(NAMESPACE).withKubeConfig(node.kubeconfig).ignoreNotFound().call();
  }

  static Deployment deployment(RealNode node) {
    return node.admin.apps().deployments().inNamespace(NAMESPACE).withName(FULLNAME).get();
  }

  static void awaitAvailable(RealNode node, int replicas, Duration timeout) {
    Await.until(timeout, "the operator Deployment to have " + replicas + " available replica(s)", () -> {
      Deployment d = deployment(node);
      Integer ready = d == null || d.getStatus() == null ? null : d.getStatus().getAvailableReplicas();
      Integer updated = d == null || d.getStatus() == null ? null : d.getStatus().getUpdatedReplicas();
      return ready != null && ready == replicas && updated != null && updated == replicas;
    });
  }

  /** A copy of the chart whose kubeVersion constraint admits the 1.20 test node (see the class comment). */
  private static Path chartFor120(Path chart) {
    try {
      Path copy = Files.createTempDirectory("ao-chart-").resolve("agent-orchestrator");
      try (Stream<Path> files = Files.walk(chart)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Path to = copy.resolve(chart.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(to);
          } else {
            Files.copy(f, to);
          }
        }
      }
      Path chartYaml = copy.resolve("Chart.yaml");
      String text = Files.readString(chartYaml);
      String relaxed = text.replaceFirst("(?m)^kubeVersion:.*$", "kubeVersion: \">=1.20.0-0\"");
      if (relaxed.equals(text)) {
        throw new IllegalStateException("Chart.yaml has no kubeVersion line to relax: " + chartYaml);
      }
      Files.writeString(chartYaml, relaxed);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path chart) {
    try (Stream<Path> files = Files.walk(chart.getParent())) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary copy; nothing depends on it being gone
    }
  }
}
