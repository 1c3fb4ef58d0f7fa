package dev.ao.operator.scm;

/** Reads an SCM token from a Secret key. Implementations cache; the value is never logged. */
public interface TokenSource {
  /** The token, or null when the Secret or key does not exist. */
  String token(String namespace, String secretName, String key);
}
