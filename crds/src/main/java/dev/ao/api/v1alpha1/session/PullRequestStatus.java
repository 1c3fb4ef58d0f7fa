package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The Session branch's pull request as last polled. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PullRequestStatus {
  @JsonPropertyDescription("PR number.")
  public Integer number;

  @JsonPropertyDescription("PR web URL.")
  public String url;

  @JsonPropertyDescription("open, merged or closed.")
  public String state;

  @JsonPropertyDescription("True while the PR is a draft.")
  public Boolean draft;

  @JsonPropertyDescription("Head commit SHA.")
  public String headSha;

  @JsonPropertyDescription("CI rollup on the head commit: passing, failing, pending or none.")
  public String ci;

  @JsonPropertyDescription("Checks that are failing or pending on the head commit.")
  public List<CheckRunStatus> failingChecks;

  @JsonPropertyDescription("Review decision: approved, changes_requested, review_required or none.")
  public String reviewDecision;

  @JsonPropertyDescription("Mergeability: mergeable, conflicting, behind, blocked or unknown.")
  public String mergeable;

  @JsonPropertyDescription("Unresolved review threads (human and bot).")
  public Integer unresolvedComments;

  @JsonPropertyDescription("The unresolved review threads (at most 50), so tools can act without calling the SCM.")
  public List<ReviewThread> reviewThreads;
}
