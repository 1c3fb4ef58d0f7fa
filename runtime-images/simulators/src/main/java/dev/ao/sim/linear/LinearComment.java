package dev.ao.sim.linear;

import java.time.Instant;

/** A comment on an issue, e.g. one an integration posts when it opens a PR. */
public record LinearComment(String id, String body, Instant createdAt, LinearIssue issue, LinearUser user) {

  public String url() {
    return issue.url() + "#comment-" + id.substring(0, 8);
  }
}
