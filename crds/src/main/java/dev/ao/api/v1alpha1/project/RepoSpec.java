package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/** The repository agents clone and push to. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RepoSpec {
  @Required
  @Pattern(Patterns.REPO_URL)
  @Size(max = 1024)
  @JsonPropertyDescription("Clone URL, e.g. https://github.com/acme/webapp.git.")
  public String url;

  @Default("main")
  @Pattern(Patterns.BRANCH)
  @Size(max = Patterns.BRANCH_MAX)
  @ValidationRule(value = Patterns.BRANCH_RULE, message = Patterns.BRANCH_RULE_MESSAGE)
  @JsonPropertyDescription("Branch new work starts from and PRs target. Defaults to main.")
  public String defaultBranch;

  @JsonPropertyDescription(
      "Secret key holding the token used to clone and push (and, unless scm overrides it, to call the SCM API).")
  public SecretKeyRef tokenSecret;

  @JsonPropertyDescription("Git author for the agent's commits.")
  public GitAuthor author;

  public String defaultBranchOrMain() {
    return defaultBranch == null || defaultBranch.isBlank() ? "main" : defaultBranch;
  }

  /** Name and email the agent commits as. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class GitAuthor {
    @Size(max = 256)
    @JsonPropertyDescription("Author name. Defaults to `agent-orchestrator`.")
    public String name;

    @Size(max = 256)
    @Pattern(Patterns.EMAIL)
    @JsonPropertyDescription("Author email. Defaults to `agent@agent-orchestrator.io`.")
    public String email;
  }
}
