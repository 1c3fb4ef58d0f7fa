package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How polling the Project's repository is going, and what is left of the SCM rate limit. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ScmPollStatus {
  @JsonPropertyDescription("owner/repo being polled.")
  public String repository;

  @JsonPropertyDescription("When the repository was last polled, RFC 3339.")
  public String lastPolled;

  @JsonPropertyDescription("When the next poll is due (later than the interval when the rate limit runs low), RFC 3339.")
  public String nextPoll;

  @JsonPropertyDescription("The last poll's error, if it failed.")
  public String lastError;

  @JsonPropertyDescription("Sessions whose PRs the last poll covered.")
  public Integer sessions;

  @JsonPropertyDescription("Requests left in the lowest SCM rate-limit budget (GraphQL points or REST calls).")
  public Integer rateLimitRemaining;

  @JsonPropertyDescription("Size of that budget.")
  public Integer rateLimitLimit;

  @JsonPropertyDescription("When that budget resets, RFC 3339.")
  public String rateLimitResetAt;
}
