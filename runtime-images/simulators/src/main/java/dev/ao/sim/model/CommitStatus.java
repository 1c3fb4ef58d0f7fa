package dev.ao.sim.model;

import java.time.Instant;

/** A commit status (the older Statuses API, GitHub's {@code StatusContext}). */
public record CommitStatus(
    long databaseId,
    String id,
    Repo repo,
    String sha,
    String context,
    StatusState state,
    String targetUrl,
    String description,
    Actor creator,
    Instant createdAt) {}
