package dev.ao.operator.agent;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ao.api.v1alpha1.project.AgentProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in agent profiles, read from {@code builtin-agent-profiles.yaml} on the classpath. */
public final class BuiltInAgentProfiles {
  public static final String RESOURCE = "/builtin-agent-profiles.yaml";
  public static final String DEFAULT_PROFILE = "claude-code";

  private BuiltInAgentProfiles() {}

  /** Profiles by name, with image placeholders filled from the operator's registry and tag. */
  public static Map<String, AgentProfile> load(String registry, String tag) {
    try (InputStream in = BuiltInAgentProfiles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the operator jar");
      }
      List<AgentProfile> list = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
      Map<String, AgentProfile> byName = new LinkedHashMap<>();
      for (AgentProfile p : list) {
        p.image = p.image.replace("{{registry}}", registry).replace("{{tag}}", tag);
        byName.put(p.name, p);
      }
      return java.util.Collections.unmodifiableMap(byName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
