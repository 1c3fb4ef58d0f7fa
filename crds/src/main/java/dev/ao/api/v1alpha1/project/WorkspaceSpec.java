package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.Patterns;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** The per-Session workspace volume. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class WorkspaceSpec {
  public static final String DEFAULT_SIZE = "5Gi";

  @Default(DEFAULT_SIZE)
  @Pattern(Patterns.STORAGE_QUANTITY)
  @JsonPropertyDescription("PVC size, e.g. 5Gi. Defaults to 5Gi.")
  public String size;

  @Pattern(Patterns.DNS_SUBDOMAIN)
  @JsonPropertyDescription("StorageClass of the PVC; the cluster default when unset.")
  public String storageClassName;

  @Size(max = 20)
  @JsonPropertyDescription("Shell commands run in the workspace after checkout, in order, e.g. `npm ci`.")
  public List<String> setupCommands;

  @Default("Delete")
  @JsonPropertyDescription(
      "What happens to the workspace PVC when the Session is Done or deleted: Delete, or Retain (kept, ownerReference removed).")
  public Retention retention;

  public String sizeOrDefault() {
    return size == null || size.isBlank() ? DEFAULT_SIZE : size;
  }

  public Retention retentionOrDefault() {
    return retention == null ? Retention.DELETE : retention;
  }

  /** Workspace retention policy. */
  public enum Retention {
    @JsonProperty("Delete")
    DELETE,
    @JsonProperty("Retain")
    RETAIN
  }
}
