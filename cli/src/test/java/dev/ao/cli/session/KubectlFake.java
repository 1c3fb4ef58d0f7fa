package dev.ao.cli.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A `kubectl` on a PATH of its own that prints the arguments it got, to check what attach and logs run. */
final class KubectlFake {
  private KubectlFake() {}

  static Path install(Path home, int exitCode) {
    try {
      Path bin = Files.createDirectories(home.resolve("fake-bin"));
      Path kubectl = bin.resolve("kubectl");
      Files.writeString(kubectl, "#!/bin/sh\necho \"kubectl $*\"\necho \"to stderr\" >&2\nexit " + exitCode + "\n");
      Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
      return bin;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
