package dev.ao.operator.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The chart in helm/agent-orchestrator rendered by Helm itself (helm-java runs Helm in-process,
 * offline), as `helm template ao -n ao-system` would for a 1.30 cluster.
 */
public final class HelmChart {
  public static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("../helm/agent-orchestrator").normalize();
  public static final String RELEASE = "ao";
  public static final String NAMESPACE = "ao-system";
  public static final String FULLNAME = "ao-agent-orchestrator";
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private HelmChart() {}

  /** Renders with the chart's defaults overridden by {@code values} (nested maps, as in a values file). */
  public static Rendered render(Map<String, Object> values) {
    try {
      Path file = Files.createTempFile("values-", ".yaml");
      try {
        YAML.writeValue(file.toFile(), values);
        String out = new Helm(DIR).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion("1.30.0")
            .withValuesFile(file).call();
        return new Rendered(parse(out));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Rendered render() {
    return render(Map.of());
  }

  static LintResult lint() {
    return new Helm(DIR).lint().strict().call();
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> parse(String multiDoc) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(multiDoc)) {
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && doc.has("kind")) {
          docs.add(doc);
        }
      }
    }
    return docs;
  }

  /** The rendered objects, looked up the way a reader of `kubectl get` would. */
  public record Rendered(List<JsonNode> objects) {
    public List<JsonNode> all(String kind) {
      return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    public JsonNode one(String kind, String name) {
      List<JsonNode> found = all(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).toList();
      if (found.size() != 1) {
        throw new AssertionError("expected one " + kind + " " + name + ", found " + found.size() + " among " + kinds());
      }
      return found.get(0);
    }

    JsonNode one(String kind) {
      List<JsonNode> found = all(kind);
      if (found.size() != 1) {
        throw new AssertionError("expected one " + kind + ", found " + found.size() + " among " + kinds());
      }
      return found.get(0);
    }

    List<String> kinds() {
      return objects.stream().map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText()).toList();
    }
  }
}
