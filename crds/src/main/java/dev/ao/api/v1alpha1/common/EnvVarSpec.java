package dev.ao.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/** One environment variable for the agent: a plain value, or a reference to a Secret key (never the secret itself). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "has(self.value) != has(self.secretKeyRef)",
    message = "set exactly one of value or secretKeyRef")
public class EnvVarSpec {
  @Required
  @Pattern(Patterns.ENV_NAME)
  @JsonPropertyDescription("Variable name, e.g. ANTHROPIC_API_KEY.")
  public String name;

  @Size(max = 4096)
  @JsonPropertyDescription("Literal value. Do not put secrets here; use secretKeyRef.")
  public String value;

  @JsonPropertyDescription("Read the value from a Secret key at pod start; only the reference is stored.")
  public SecretKeyRef secretKeyRef;

  public EnvVarSpec() {}

  public static EnvVarSpec literal(String name, String value) {
    EnvVarSpec e = new EnvVarSpec();
    e.name = name;
    e.value = value;
    return e;
  }

  public static EnvVarSpec fromSecret(String name, String secret, String key) {
    EnvVarSpec e = new EnvVarSpec();
    e.name = name;
    e.secretKeyRef = new SecretKeyRef(secret, key);
    return e;
  }
}
