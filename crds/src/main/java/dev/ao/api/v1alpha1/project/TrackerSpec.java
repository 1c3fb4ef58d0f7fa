package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/** Where issues come from. Each tracker type has its own typed section. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "self.type != 'linear' || has(self.linear)",
    message = "tracker.type linear needs tracker.linear (teamKey, apiKeySecret)",
    fieldPath = ".linear",
    reason = "FieldValueRequired")
public class TrackerSpec {
  @Required
  @JsonPropertyDescription("Tracker kind: github (GitHub Issues of the repo) or linear.")
  public Type type;

  @JsonPropertyDescription("GitHub Issues settings (type github).")
  public GitHubTracker github;

  @JsonPropertyDescription("Linear settings (type linear).")
  public LinearTracker linear;

  /** Tracker kinds. */
  public enum Type {
    @JsonProperty("github")
    GITHUB,
    @JsonProperty("linear")
    LINEAR
  }

  /** GitHub Issues. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class GitHubTracker {
    @Pattern(Patterns.OWNER_REPO)
    @JsonPropertyDescription("owner/repo whose issues are used; defaults to the Project's repository.")
    public String repository;

    @JsonPropertyDescription("Token Secret; defaults to the SCM token.")
    public SecretKeyRef tokenSecret;
  }

  /** Linear. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class LinearTracker {
    @Required
    @Pattern(Patterns.LINEAR_TEAM_KEY)
    @JsonPropertyDescription("Team key, the prefix of issue ids (ENG in ENG-123).")
    public String teamKey;

    @Required
    @JsonPropertyDescription("Secret key holding the Linear API key.")
    public SecretKeyRef apiKeySecret;

    @Size(max = 512)
    @Pattern(Patterns.HTTP_URL)
    @JsonPropertyDescription("GraphQL endpoint; defaults to https://api.linear.app/graphql.")
    public String apiUrl;
  }
}
