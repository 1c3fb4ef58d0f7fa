package dev.ao.api.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step after {@link CrdGeneratorMain}: writes the CRD reference ({@code docs/reference/crds.md}) from the
 * generated CRDs, so the reference documents exactly the schema the API server enforces. The build writes it
 * under target/; {@code crds/sync-crds.sh} copies it to docs/, and {@code CrdReferenceDocTest} fails when the
 * checked-in copy is stale.
 *
 * <p>Arguments: the directory holding the generated CRDs, and the output file.
 */
public final class CrdReferenceMain {
  /** Where the build writes the reference, relative to target/. */
  static final String OUTPUT_IN_BUILD_DIR = "generated-docs/crds.md";

  /** The CRDs in the order the reference presents them. */
  static final List<String> CRD_FILES =
      List.of("projects.agent-orchestrator.io-v1.yml", "sessions.agent-orchestrator.io-v1.yml");

  public static void main(String[] args) throws IOException {
    Path crdDir = Path.of(args.length > 0 ? args[0] : "target/classes/META-INF/fabric8");
    Path out = Path.of(args.length > 1 ? args[1] : "target/" + OUTPUT_IN_BUILD_DIR);
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<JsonNode> crds = CRD_FILES.stream().map(f -> read(yaml, crdDir.resolve(f))).toList();
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, new CrdReferenceWriter().write(crds), StandardCharsets.UTF_8);
    System.out.println("[crds] wrote the CRD reference to " + out);
  }

  private static JsonNode read(ObjectMapper yaml, Path file) {
    try {
      return yaml.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + "; CrdGeneratorMain must run first", e);
    }
  }

  private CrdReferenceMain() {}
}
