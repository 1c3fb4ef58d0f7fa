package dev.ao.sim.model;

import java.time.Instant;

/**
 * A line comment in a review thread (GitHub's {@code PullRequestReviewComment}).
 *
 * @param reviewId the review it was submitted with, or null when added on its own
 * @param inReplyTo the database id of the thread's first comment, or null for the first comment itself
 */
public record ReviewComment(
    long databaseId,
    String id,
    ReviewThread thread,
    Actor author,
    String body,
    Instant createdAt,
    String path,
    Integer line,
    String commitId,
    Long reviewId,
    Long inReplyTo) {

  public Instant updatedAt() {
    return createdAt;
  }
}
