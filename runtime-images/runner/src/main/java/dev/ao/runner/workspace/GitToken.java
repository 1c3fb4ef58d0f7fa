package dev.ao.runner.workspace;

import dev.ao.runner.RunnerFailure;
import dev.ao.runner.SecretRedactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * The git token from the mounted Secret. It is held only in memory for JGit and registered with
 * the redactor; nothing else sees it.
 */
final class GitToken {
  private final Path file;
  private final String username;
  private final String token;

  private GitToken(Path file, String username, String token) {
    this.file = file;
    this.username = username;
    this.token = token;
  }

  /** Reads the token if the file exists; an absent file means an anonymous clone. */
  static GitToken read(Path file, String username, SecretRedactor redactor) {
    if (!Files.exists(file)) {
      return new GitToken(file, username, null);
    }
    try {
      String value = Files.readString(file, StandardCharsets.UTF_8).strip();
      redactor.add(value);
      return new GitToken(file, username, value.isEmpty() ? null : value);
    } catch (IOException e) {
      throw new RunnerFailure("cannot read the git token file " + file + ": " + e.getClass().getSimpleName());
    }
  }

  boolean present() {
    return token != null;
  }

  Path file() {
    return file;
  }

  String username() {
    return username;
  }

  Optional<CredentialsProvider> credentials() {
    return present()
        ? Optional.of(new UsernamePasswordCredentialsProvider(username, token))
        : Optional.empty();
  }
}
