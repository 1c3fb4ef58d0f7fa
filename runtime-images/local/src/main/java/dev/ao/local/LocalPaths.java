package dev.ao.local;

import java.nio.file.Path;

/** Where local mode keeps everything, under one data directory (default {@code ~/.ao/local}). */
public record LocalPaths(Path root) {
  public static LocalPaths defaultRoot() {
    String env = System.getenv("AO_LOCAL_DIR");
    return new LocalPaths(env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".ao", "local"));
  }

  /** Saved API objects, reloaded on the next start. */
  public Path state() {
    return root.resolve("state");
  }

  /** One directory per PersistentVolumeClaim: the workspace volumes. */
  public Path volumes() {
    return root.resolve("volumes");
  }

  /** Per-pod scratch: Secret volumes as files, termination messages, process logs. */
  public Path pods() {
    return root.resolve("pods");
  }

  public Path kubeconfig() {
    return root.resolve("kubeconfig");
  }

  public Path pidFile() {
    return root.resolve("local.pid");
  }

  public Path operatorLog() {
    return root.resolve("operator.log");
  }
}
