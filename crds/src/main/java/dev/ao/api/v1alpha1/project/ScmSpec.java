package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;

/** Source-control hosting: where PRs, CI checks and reviews are read and merges happen. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ScmSpec {
  public static final String DEFAULT_POLL_INTERVAL = "30s";

  @Default("github")
  @JsonPropertyDescription("SCM kind. Only github (including GitHub Enterprise) today.")
  public Type type;

  @JsonPropertyDescription("GitHub settings.")
  public GitHubScm github;

  @Default(DEFAULT_POLL_INTERVAL)
  @Pattern(Patterns.DURATION)
  @JsonPropertyDescription("How often PR, CI and review state is polled, e.g. 30s. All Sessions of a repository share one poll.")
  public String pollInterval;

  /** SCM kinds. */
  public enum Type {
    @JsonProperty("github")
    GITHUB
  }

  /** GitHub / GitHub Enterprise. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class GitHubScm {
    @Size(max = 512)
    @Pattern(Patterns.HTTP_URL)
    @JsonPropertyDescription(
        "REST API base URL: https://api.github.com (default) or https://<host>/api/v3 for GitHub Enterprise.")
    public String apiUrl;

    @Pattern(Patterns.OWNER_REPO)
    @JsonPropertyDescription("owner/repo; derived from repo.url when unset.")
    public String repository;

    @JsonPropertyDescription("Token Secret for API calls; defaults to repo.tokenSecret.")
    public SecretKeyRef tokenSecret;

    @Default("squash")
    @JsonPropertyDescription("Merge method for auto-merge: merge, squash or rebase.")
    public MergeMethod mergeMethod;
  }

  /** GitHub merge methods. */
  public enum MergeMethod {
    @JsonProperty("merge")
    MERGE,
    @JsonProperty("squash")
    SQUASH,
    @JsonProperty("rebase")
    REBASE
  }
}
