package dev.ao.operator.testing;

import dev.ao.operator.OperatorConfig;
import java.time.Duration;

/** Operator settings for tests: short rechecks so queue and resync behaviour shows within seconds. */
public record TestOperatorConfig(Duration queuedRecheck, Duration resync, int runnerPort) implements OperatorConfig {
  public static TestOperatorConfig fast() {
    return new TestOperatorConfig(Duration.ofSeconds(2), Duration.ofSeconds(5), 7420);
  }

  @Override
  public String imageRegistry() {
    return "registry.test/ao";
  }

  @Override
  public String imageTag() {
    return "1.2.3";
  }

  /** Fast rechecks and the runner on a given local port (each pod's runner gets its own). */
  public static TestOperatorConfig withRunnerPort(int port) {
    return new TestOperatorConfig(Duration.ofSeconds(2), Duration.ofSeconds(2), port);
  }

  @Override
  public int exitLingerSeconds() {
    return 60;
  }
}
