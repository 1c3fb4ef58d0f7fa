package dev.ao.runner.session;

import java.time.Instant;

/** How the agent ended; {@code code} is null when its tmux session vanished without one. */
public record AgentExit(Integer code, Instant at) {}
