package dev.ao.runner;

import java.nio.file.Path;
import java.util.Map;

/** Typed access to the runner's environment variables, with the contract's defaults. */
public final class Env {
  private final Map<String, String> vars;

  public Env(Map<String, String> vars) {
    this.vars = Map.copyOf(vars);
  }

  public static Env system() {
    return new Env(System.getenv());
  }

  public Map<String, String> all() {
    return vars;
  }

  /** The value, or {@code fallback} when the variable is unset or blank. */
  public String get(String name, String fallback) {
    String value = vars.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  public String required(String name) {
    String value = get(name, null);
    if (value == null) {
      throw new RunnerFailure(name + " is not set");
    }
    return value;
  }

  public Path path(String name, String fallback) {
    return Path.of(get(name, fallback));
  }

  public int integer(String name, int fallback) {
    String value = get(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new RunnerFailure(name + " must be an integer, got '" + value + "'");
    }
  }

  public Path workspace() {
    return path("AO_WORKSPACE", "/workspace");
  }

  public Path terminationMessagePath() {
    return path("AO_TERMINATION_MESSAGE_PATH", "/dev/termination-log");
  }
}
