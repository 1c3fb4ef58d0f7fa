package dev.ao.bench.kube;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Our CRDs as the chart installs them ({@code helm/agent-orchestrator/crds/*.yaml}) when the checkout is at hand, else
 * the same files from the ao-crds jar (the chart's copies are generated from it).
 */
public final class Crds {
  private static final List<String> ON_CLASSPATH = List.of("sessions", "projects");

  private Crds() {}

  /** @param chartDir the chart's crds directory, or null to read the jar's copies */
  public static List<CustomResourceDefinition> load(KubernetesClient client, Path chartDir) {
    List<CustomResourceDefinition> out = new ArrayList<>();
    try {
      if (chartDir != null && Files.isDirectory(chartDir)) {
        try (Stream<Path> files = Files.list(chartDir)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
            try (InputStream in = Files.newInputStream(file)) {
              out.add(client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class));
            }
          }
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
      for (String name : ON_CLASSPATH) {
        String path = "/META-INF/fabric8/" + name + ".agent-orchestrator.io-v1.yml";
        try (InputStream in = Crds.class.getResourceAsStream(path)) {
          if (in == null) {
            throw new IllegalStateException(path + " is not on the classpath (it comes with ao-crds)");
          }
          out.add(client.getKubernetesSerialization().unmarshal(in, CustomResourceDefinition.class));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
