package dev.ao.cli.session;

import dev.ao.api.v1alpha1.common.Patterns;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies an issue for duplicate detection, whatever form it was typed in: `42`, `#42` and
 * `https://github.com/acme/webapp/issues/42` are the same issue; `eng-100`, `ENG-100` and its Linear URL too.
 */
public final class IssueKey {
  private static final Pattern ISSUE = Pattern.compile(Patterns.ISSUE);
  private static final Pattern NUMBER = Pattern.compile("^#?([0-9]+)$");
  private static final Pattern TRACKER_KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9]*-[0-9]+)$");
  private static final Pattern GITHUB_URL = Pattern.compile("^https?://[^/]+/[^/]+/[^/]+/(?:issues|pull)/([0-9]+)(?:[/?#].*)?$");
  private static final Pattern LINEAR_URL = Pattern.compile("^https?://[^/]+/[^/]+/issue/([A-Za-z][A-Za-z0-9]*-[0-9]+)(?:[/?#].*)?$");

  private IssueKey() {}

  /** True for the forms spec.issue accepts (the CRD's pattern). */
  public static boolean isValid(String issue) {
    return issue != null && ISSUE.matcher(issue).matches();
  }

  /** The canonical key: a number, an upper-case tracker key, or the URL without a trailing slash. */
  public static String of(String issue) {
    if (issue == null) {
      return null;
    }
    String s = issue.trim();
    Matcher m;
    if ((m = NUMBER.matcher(s)).matches()) {
      return String.valueOf(Long.parseLong(m.group(1)));
    }
    if ((m = TRACKER_KEY.matcher(s)).matches()) {
      return m.group(1).toUpperCase(Locale.ROOT);
    }
    if ((m = GITHUB_URL.matcher(s)).matches()) {
      return String.valueOf(Long.parseLong(m.group(1)));
    }
    if ((m = LINEAR_URL.matcher(s)).matches()) {
      return m.group(1).toUpperCase(Locale.ROOT);
    }
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
