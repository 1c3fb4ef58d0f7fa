package dev.ao.operator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Operator-wide settings ({@code ao.operator.*} in application.properties or AO_OPERATOR_* env). */
@ConfigMapping(prefix = "ao.operator")
public interface OperatorConfig {
  /** Registry and repository prefix of the built-in agent images. */
  @WithDefault("ghcr.io/agent-orchestrator")
  String imageRegistry();

  /** Tag of the built-in agent images. */
  @WithDefault("0.1.0")
  String imageTag();

  /** Port the in-pod runner serves its API on. */
  @WithDefault("7420")
  int runnerPort();

  /** How long the runner stays up after the agent exits, so its exit code can be read. */
  @WithDefault("300")
  int exitLingerSeconds();

  /** How often a Queued Session re-checks capacity even without an event. */
  @WithDefault("30s")
  Duration queuedRecheck();

  /** Resync interval for Sessions in a steady phase. */
  @WithDefault("60s")
  Duration resync();
}
