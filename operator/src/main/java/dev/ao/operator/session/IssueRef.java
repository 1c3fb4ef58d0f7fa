package dev.ao.operator.session;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tracker issue reference normalised from the forms users type: 42, #42, ENG-100, or a URL. */
public record IssueRef(String id, boolean numeric) {
  private static final Pattern NUMBER = Pattern.compile("^#?([0-9]+)$");
  private static final Pattern KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9]*-[0-9]+)$");
  private static final Pattern GITHUB_URL = Pattern.compile("/(?:issues|pull)/([0-9]+)(?:[/?#].*)?$");
  private static final Pattern LINEAR_URL = Pattern.compile("/issue/([A-Za-z][A-Za-z0-9]*-[0-9]+)(?:[/?#].*)?$");

  /** Parses an issue reference; null when the text is blank or not a recognised form. */
  public static IssueRef parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    Matcher m = NUMBER.matcher(t);
    if (m.matches()) {
      return new IssueRef(m.group(1), true);
    }
    m = KEY.matcher(t);
    if (m.matches()) {
      return new IssueRef(m.group(1).toUpperCase(Locale.ROOT), false);
    }
    if (t.startsWith("http://") || t.startsWith("https://")) {
      m = GITHUB_URL.matcher(t);
      if (m.find()) {
        return new IssueRef(m.group(1), true);
      }
      m = LINEAR_URL.matcher(t);
      if (m.find()) {
        return new IssueRef(m.group(1).toUpperCase(Locale.ROOT), false);
      }
    }
    return null;
  }

  /** The id as it appears in a branch name: digits, or a lowercased key. */
  public String branchToken() {
    return id.toLowerCase(Locale.ROOT);
  }
}
