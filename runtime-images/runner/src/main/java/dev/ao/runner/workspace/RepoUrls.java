package dev.ao.runner.workspace;

import java.util.regex.Pattern;

/** Clone-URL helpers. */
final class RepoUrls {
  private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");

  private RepoUrls() {}

  /** Drops {@code user:password@} so a URL can be printed even if someone put a token in it. */
  static String withoutUserInfo(String url) {
    return url == null ? null : USER_INFO.matcher(url).replaceFirst("$1");
  }
}
