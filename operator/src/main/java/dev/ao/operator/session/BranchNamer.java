package dev.ao.operator.session;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Pure branch naming: {@code feat/<issue>-<title-slug>} for issue work, {@code session/<name>}
 * otherwise, always a valid git ref of bounded length, and never one already taken.
 */
public final class BranchNamer {
  static final int MAX_SLUG = 40;
  static final int MAX_BRANCH = 100;

  private BranchNamer() {}

  /** The preferred branch for a Session before collisions are considered. */
  public static String derive(IssueRef issue, String issueTitle, String sessionName) {
    if (issue == null) {
      return bound("session/" + slug(sessionName, 80));
    }
    String slug = slug(issueTitle, MAX_SLUG);
    return bound("feat/" + issue.branchToken() + (slug.isEmpty() ? "" : "-" + slug));
  }

  /** {@code preferred}, or {@code preferred-2}, {@code -3}, … whichever is not taken. */
  public static String unique(String preferred, Set<String> taken) {
    if (!taken.contains(preferred)) {
      return preferred;
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String candidate = bound(preferred.substring(0, Math.min(preferred.length(), MAX_BRANCH - suffix.length())) + suffix);
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** Lowercase ASCII words joined by '-', cut at a word boundary within {@code max} characters. */
  static String slug(String text, int max) {
    if (text == null) {
      return "";
    }
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() <= max) {
      return s;
    }
    String cut = s.substring(0, max);
    int lastDash = cut.lastIndexOf('-');
    return (lastDash > max / 2 ? cut.substring(0, lastDash) : cut).replaceAll("-+$", "");
  }

  private static String bound(String branch) {
    String b = branch.length() > MAX_BRANCH ? branch.substring(0, MAX_BRANCH) : branch;
    return b.replaceAll("[-./]+$", "");
  }
}
