package dev.ao.cli.support;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a command reads from the process around it, passed in so tests can control it:
 * environment variables, the working directory, the terminal, stdin and the clock.
 */
public record Environment(
    Map<String, String> variables, Path workingDirectory, Terminal terminal, InputStream stdin, Clock clock) {

  public static Environment system() {
    return new Environment(
        System.getenv(), Path.of("").toAbsolutePath(), Terminal.system(), System.in, Clock.systemUTC());
  }

  /** A variable's value, empty when unset or blank. */
  public Optional<String> get(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  public Path home() {
    return get("HOME").map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
  }

  /** Finds an executable on PATH, as a shell would. */
  public Optional<Path> which(String program) {
    String path = get("PATH").orElse("");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (java.nio.file.Files.isRegularFile(candidate) && java.nio.file.Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
