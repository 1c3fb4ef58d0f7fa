package dev.ao.sim.model;

import java.time.Instant;

/** A conversation comment on an issue or pull request (GitHub's {@code IssueComment}). */
public record IssueComment(
    long databaseId, String id, NumberedItem item, Actor author, String body, Instant createdAt) {

  public int itemNumber() {
    return item.number();
  }

  public Instant updatedAt() {
    return createdAt;
  }
}
