package dev.ao.cli.manifest;

import dev.ao.cli.output.OutputFormat;
import dev.ao.cli.output.Serializer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Several manifests in one YAML file (each with an explaining comment), or a JSON List. */
public final class ManifestFile {
  /** One object and the comment lines written above it. */
  public record Doc(List<String> comments, HasMetadata object) {}

  private final List<String> header;
  private final List<Doc> docs = new ArrayList<>();

  public ManifestFile(List<String> header) {
    this.header = List.copyOf(header);
  }

  public ManifestFile add(HasMetadata object, String... comments) {
    docs.add(new Doc(List.of(comments), object));
    return this;
  }

  public List<HasMetadata> objects() {
    return docs.stream().map(Doc::object).toList();
  }

  public String render(OutputFormat format) {
    if (format == OutputFormat.json) {
      Map<String, Object> list = new LinkedHashMap<>();
      list.put("apiVersion", "v1");
      list.put("kind", "List");
      list.put("items", objects());
      return Serializer.prettyJson(list) + "\n";
    }
    StringBuilder out = new StringBuilder();
    header.forEach(h -> out.append("# ").append(h).append('\n'));
    for (Doc doc : docs) {
      String yaml = Serializer.yaml(doc.object());
      String body = yaml.startsWith("---\n") ? yaml.substring(4) : yaml;
      out.append("---\n");
      doc.comments().forEach(c -> out.append("# ").append(c).append('\n'));
      out.append(body);
      if (!body.endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
