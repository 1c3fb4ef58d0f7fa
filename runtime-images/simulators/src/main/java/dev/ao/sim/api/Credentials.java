package dev.ao.sim.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Extracts the token from an {@code Authorization} header in every form GitHub accepts: {@code Bearer <t>},
 * {@code token <t>}, and HTTP Basic where the token is the password (or the user name, with an empty or
 * {@code x-oauth-basic} password), which is what git sends.
 */
public final class Credentials {

  private Credentials() {}

  /** Empty when there is no header; a blank string when the header is present but carries no usable token. */
  public static Optional<String> token(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Optional.empty();
    }
    String value = authorization.strip();
    int space = value.indexOf(' ');
    if (space < 0) {
      return Optional.of("");
    }
    String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
    String rest = value.substring(space + 1).strip();
    return switch (scheme) {
      case "bearer", "token" -> Optional.of(rest);
      case "basic" -> Optional.of(fromBasic(rest));
      default -> Optional.of("");
    };
  }

  private static String fromBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return decoded;
    }
    String user = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    return password.isEmpty() || password.equals("x-oauth-basic") ? user : password;
  }
}
