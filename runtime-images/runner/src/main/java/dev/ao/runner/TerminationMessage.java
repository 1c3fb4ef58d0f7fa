package dev.ao.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the one-line failure reason Kubernetes copies from the container's termination message
 * file into the pod status, where the operator reads it for the Session's status.
 */
public final class TerminationMessage {
  /** Kubernetes truncates termination messages at 4096 bytes; keep well under it. */
  static final int MAX_LENGTH = 1024;

  private final Path path;
  private final SecretRedactor redactor;

  public TerminationMessage(Path path, SecretRedactor redactor) {
    this.path = path;
    this.redactor = redactor;
  }

  /** Returns the line as written, so callers print exactly the same text. */
  public String write(String reason) {
    String line = oneLine(redactor.redact(reason));
    try {
      Files.writeString(path, line + "\n", StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // Outside a pod (local mode) the default path may not be writable; the reason still reaches stderr.
      Log.warn("could not write the termination message to " + path + ": " + e.getMessage());
    }
    return line;
  }

  static String oneLine(String reason) {
    if (reason == null || reason.isBlank()) {
      return "failed for an unknown reason";
    }
    StringBuilder joined = new StringBuilder();
    for (String line : reason.strip().split("\\s*[\\r\\n]+\\s*")) {
      if (joined.length() > 0) {
        joined.append(joined.charAt(joined.length() - 1) == ':' ? " " : "; ");
      }
      joined.append(line);
    }
    String flat = joined.toString();
    return flat.length() > MAX_LENGTH ? flat.substring(0, MAX_LENGTH - 3) + "..." : flat;
  }
}
