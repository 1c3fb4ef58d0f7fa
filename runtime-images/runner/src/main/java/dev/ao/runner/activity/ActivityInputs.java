package dev.ao.runner.activity;

import java.time.Instant;
import java.util.List;

/**
 * One observation of the agent: whether it exited, when it last wrote to its terminal or its own
 * session log, and what the screen shows now.
 *
 * @param sessionLogModifiedAt latest modification of the agent's session logs, or null if it writes none
 */
public record ActivityInputs(
    boolean exited, Instant now, Instant lastOutputAt, Instant sessionLogModifiedAt, List<String> screen) {}
