package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** An unresolved review thread on the PR, as last polled (first comment only, bounded). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class ReviewThread {
  @JsonPropertyDescription("SCM id of the thread.")
  public String id;

  @JsonPropertyDescription("File the thread is on.")
  public String path;

  @JsonPropertyDescription("Line the thread is on, when it is on a line.")
  public Integer line;

  @JsonPropertyDescription("Login of the comment's author.")
  public String author;

  @JsonPropertyDescription("True when the author is a bot (automated review).")
  public Boolean bot;

  @JsonPropertyDescription("The comment text, truncated to 2000 characters.")
  public String body;

  @JsonPropertyDescription("Link to the comment.")
  public String url;
}
