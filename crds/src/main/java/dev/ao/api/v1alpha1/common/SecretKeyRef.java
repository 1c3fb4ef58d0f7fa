package dev.ao.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/** A key in a Secret of the resource's namespace. Only the reference is stored; the value never leaves the Secret. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SecretKeyRef {
  @Required
  @Pattern(Patterns.DNS_SUBDOMAIN)
  @JsonPropertyDescription("Name of the Secret, in the same namespace.")
  public String name;

  @Default("token")
  @Pattern(Patterns.SECRET_KEY)
  @JsonPropertyDescription("Key inside the Secret. Defaults to `token`.")
  public String key;

  public SecretKeyRef() {}

  public SecretKeyRef(String name, String key) {
    this.name = name;
    this.key = key;
  }

  /** The key, with the schema's default applied for objects built in code. */
  public String keyOrDefault() {
    return key == null || key.isBlank() ? "token" : key;
  }
}
