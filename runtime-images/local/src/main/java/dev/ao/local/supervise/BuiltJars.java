package dev.ao.local.supervise;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the operator and runner built in this repository (or given by AO_OPERATOR_JAR / AO_RUNNER_JAR). */
public final class BuiltJars {
  static final String OPERATOR = "operator/target/quarkus-app/quarkus-run.jar";
  static final String RUNNER = "runtime-images/runner/target/ao-runner.jar";

  private BuiltJars() {}

  public static Path operator() {
    return find("AO_OPERATOR_JAR", OPERATOR);
  }

  public static Path runner() {
    return find("AO_RUNNER_JAR", RUNNER);
  }

  private static Path find(String env, String relative) {
    String explicit = System.getenv(env);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    for (Path dir = start(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return Path.of(relative).toAbsolutePath();
  }

  /** Where this code runs from (the repository's runtime-images/local/target when built here). */
  private static Path start() {
    try {
      return Path.of(BuiltJars.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("").toAbsolutePath();
    }
  }
}
