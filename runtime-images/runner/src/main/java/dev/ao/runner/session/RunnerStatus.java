package dev.ao.runner.session;

import dev.ao.runner.activity.Activity;
import java.time.Instant;

/** The body of {@code GET /v1/status}. */
public record RunnerStatus(
    boolean alive,
    Activity activity,
    Instant lastOutputAt,
    Instant startedAt,
    Integer exitCode,
    int deliveredMessages) {}
