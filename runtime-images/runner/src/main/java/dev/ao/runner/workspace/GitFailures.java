package dev.ao.runner.workspace;

import java.util.Locale;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * Turns an exception from git into the one-line reason a person can act on. Matches on exception
 * types first; JGit reports HTTP status only in message text, so authentication is recognised there.
 */
final class GitFailures {
  private GitFailures() {}

  static String reason(Throwable failure, String operation, String displayUrl, boolean tokenPresent) {
    String all = messages(failure).toLowerCase(Locale.ROOT);
    if (all.contains("no space left on device")) {
      return "disk full while " + operation + " (No space left on device)";
    }
    if (has(failure, NoRemoteRepositoryException.class) || all.contains("repository not found") || all.contains(" 404")) {
      return "repository not found: " + displayUrl;
    }
    if (all.contains("not authorized") || all.contains("authentication is required") || all.contains("401")) {
      return tokenPresent
          ? "git authentication failed for " + displayUrl + ": the token was rejected"
          : "git authentication required for " + displayUrl + " but no token file is mounted";
    }
    if (all.contains("403") || all.contains("forbidden")) {
      return "access denied to " + displayUrl + ": the token lacks permission";
    }
    if (has(failure, java.net.UnknownHostException.class) || all.contains("connection refused")
        || all.contains("cannot open git-upload-pack") || all.contains("connect timed out")) {
      return "cannot reach " + displayUrl + ": " + firstLine(rootCause(failure));
    }
    return "git " + operation + " failed: " + firstLine(failure);
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String firstLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
