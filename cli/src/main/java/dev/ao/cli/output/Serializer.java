package dev.ao.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** JSON and YAML the way Kubernetes objects are written; created on first use, since only -o json|yaml needs it. */
public final class Serializer {
  private static KubernetesSerialization serialization;

  private Serializer() {}

  public static synchronized KubernetesSerialization get() {
    if (serialization == null) {
      serialization = new KubernetesSerialization();
    }
    return serialization;
  }

  public static String prettyJson(Object value) {
    return get().convertValue(value, JsonNode.class).toPrettyString();
  }

  /** One line, for streams of objects (status -w -o json), so `jq` can read them one by one. */
  public static String compactJson(Object value) {
    return get().asJson(value);
  }

  /** A YAML document starting with "---", so several can be concatenated. */
  public static String yaml(Object value) {
    String yaml = get().asYaml(value);
    return yaml.startsWith("---") ? yaml : "---\n" + yaml;
  }
}
