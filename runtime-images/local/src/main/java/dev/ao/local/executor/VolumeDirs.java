package dev.ao.local.executor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a volume's directory tree (the workspace of a deleted claim). */
final class VolumeDirs {
  private VolumeDirs() {}

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a file still held open by a stopping process; the rest goes
        }
      });
    } catch (IOException e) {
      System.err.println("[local] could not remove " + dir + ": " + e.getMessage());
    }
  }
}
