package dev.ao.operator.testing;

import dev.ao.operator.OperatorConfig;
import java.time.Duration;

/** Operator settings for tests: short rechecks so queue and resync behaviour shows within seconds. */
public record TestOperatorConfig(Duration queuedRecheck, Duration resync) implements OperatorConfig {
  public static TestOperatorConfig fast() {
    return new TestOperatorConfig(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  @Override
  public String imageRegistry() {
    return "registry.test/ao";
  }

  @Override
  public String imageTag() {
    return "1.2.3";
  }

  @Override
  public int runnerPort() {
    return 7420;
  }

  @Override
  public int exitLingerSeconds() {
    return 60;
  }
}
