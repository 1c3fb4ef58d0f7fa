package dev.ao.runner.api;

import dev.ao.runner.RunnerFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** The per-session token every API call must present. The runner refuses to serve without one. */
public final class BearerToken {
  private static final String PREFIX = "Bearer ";
  private final byte[] expected;

  private BearerToken(String token) {
    this.expected = token.getBytes(StandardCharsets.UTF_8);
  }

  public static BearerToken of(String token) {
    if (token == null || token.isBlank()) {
      throw new RunnerFailure("the runner token is empty");
    }
    return new BearerToken(token.strip());
  }

  public static BearerToken read(Path file) {
    return of(readFile(file));
  }

  /** The token text from {@code file}, for the local {@code send} client. */
  public static String readFile(Path file) {
    try {
      String token = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (token.isEmpty()) {
        throw new RunnerFailure("the runner token file " + file + " is empty");
      }
      return token;
    } catch (IOException e) {
      throw new RunnerFailure("cannot read the runner token file " + file);
    }
  }

  /** Constant-time comparison, so response timing reveals nothing about the token. */
  public boolean accepts(String authorizationHeader) {
    if (authorizationHeader == null || !authorizationHeader.startsWith(PREFIX)) {
      return false;
    }
    byte[] presented = authorizationHeader.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, presented);
  }
}
