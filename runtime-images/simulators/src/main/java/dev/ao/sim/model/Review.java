package dev.ao.sim.model;

import java.time.Instant;

/**
 * A submitted (or pending) pull request review.
 *
 * @param commitId the head commit the review was made on
 */
public record Review(
    long databaseId,
    String id,
    PullRequest pullRequest,
    Actor author,
    ReviewState state,
    String body,
    Instant submittedAt,
    String commitId) {}
