package dev.ao.bench.operator;

import dev.ao.operator.OperatorConfig;
import java.time.Duration;

/** The operator's production defaults (see OperatorConfig's @WithDefault values): the benchmark measures what ships. */
record BenchOperatorConfig() implements OperatorConfig {
  @Override
  public String imageRegistry() {
    return "ghcr.io/agent-orchestrator";
  }

  @Override
  public String imageTag() {
    return "0.1.0";
  }

  @Override
  public int runnerPort() {
    return 7420;
  }

  @Override
  public int exitLingerSeconds() {
    return 300;
  }

  @Override
  public Duration queuedRecheck() {
    return Duration.ofSeconds(30);
  }

  @Override
  public Duration resync() {
    return Duration.ofSeconds(60);
  }
}
