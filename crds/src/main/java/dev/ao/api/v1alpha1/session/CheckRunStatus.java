package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One CI check that is not passing, as reported by the SCM. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class CheckRunStatus {
  @JsonPropertyDescription("Check name, e.g. `build` or `lint`.")
  public String name;

  @JsonPropertyDescription("Conclusion: failure, timed_out, cancelled, action_required, pending.")
  public String conclusion;

  @JsonPropertyDescription("Link to the check's details.")
  public String url;

  @JsonPropertyDescription("Short excerpt of the failure (annotation or log), when the SCM provides one.")
  public String excerpt;
}
