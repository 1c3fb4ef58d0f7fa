package dev.ao.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * Last line of defence against printing a secret: every message that leaves the process through
 * the runner's own output passes through here. Errors from libraries can echo request data, so
 * known secret values are masked even though the runner never formats them itself.
 */
public final class SecretRedactor {
  private static final String MASK = "***";
  private final List<String> secrets = new ArrayList<>();

  public static SecretRedactor none() {
    return new SecretRedactor();
  }

  public synchronized SecretRedactor add(String secret) {
    // Very short values would mask ordinary words; real tokens are long.
    if (secret != null && secret.length() >= 4) {
      secrets.add(secret);
    }
    return this;
  }

  public synchronized String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
