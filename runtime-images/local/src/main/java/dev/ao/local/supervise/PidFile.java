package dev.ao.local.supervise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One `ao local up` per data directory: the pid file says who runs it. */
public final class PidFile {
  private PidFile() {}

  public static void claim(Path file) throws IOException {
    Optional<Long> other = running(file);
    if (other.isPresent() && other.get() != ProcessHandle.current().pid()) {
      throw new IllegalStateException("local mode is already running on this data directory (pid " + other.get()
          + "); stop it with `ao local down`");
    }
    Files.writeString(file, Long.toString(ProcessHandle.current().pid()));
  }

  public static void release(Path file) {
    try {
      if (running(file).filter(pid -> pid == ProcessHandle.current().pid()).isPresent()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // best effort on shutdown
    }
  }

  /** The pid of a live `ao local up` on this data directory. */
  public static Optional<Long> running(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(file).strip());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
