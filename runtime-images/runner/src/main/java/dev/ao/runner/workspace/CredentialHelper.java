package dev.ao.runner.workspace;

import dev.ao.runner.ShellQuote;
import java.nio.file.Path;

/**
 * The git credential helper written into the workspace's local config. It reads the token file
 * each time git asks, so the token is never stored in {@code .git/config} and a rotated Secret
 * is picked up without touching the workspace.
 */
final class CredentialHelper {
  private CredentialHelper() {}

  static String script(String username, Path tokenFile) {
    return "!f() { test \"$1\" = get || exit 0; echo "
        + ShellQuote.quote("username=" + username)
        + "; printf 'password=%s\\n' \"$(cat "
        + ShellQuote.quote(tokenFile.toString())
        + ")\"; }; f";
  }
}
