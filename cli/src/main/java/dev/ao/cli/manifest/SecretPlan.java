package dev.ao.cli.manifest;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Secret a Project refers to: its name, its keys, and for each key where the value comes from
 * (an environment variable, or a hint). The manifest gets the keys with empty values; the values
 * themselves never pass through a file or the terminal.
 */
public record SecretPlan(String name, String purpose, Map<String, String> keySources) {

  public SecretPlan {
    keySources = Map.copyOf(new LinkedHashMap<>(keySources));
  }

  /** The manifest: keys present, values empty, to be filled by whoever applies it. */
  public Secret manifest(String namespace) {
    Map<String, String> empty = new LinkedHashMap<>();
    keySources.keySet().stream().sorted().forEach(k -> empty.put(k, ""));
    return new SecretBuilder()
        .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
        .withType("Opaque")
        .withStringData(empty)
        .build();
  }

  /** The kubectl command that creates it, with the values taken from the environment variables. */
  public String kubectlCreate(String namespace) {
    StringBuilder cmd = new StringBuilder("kubectl");
    if (namespace != null) {
      cmd.append(" -n ").append(namespace);
    }
    cmd.append(" create secret generic ").append(name);
    keySources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        cmd.append(" --from-literal=").append(e.getKey()).append("=\"$").append(e.getValue()).append('"'));
    return cmd.toString();
  }
}
