package dev.ao.runner.activity;

import dev.ao.runner.RunnerFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regexes from the agent profile, matched line by line (so {@code ^} and {@code $} anchor to a
 * terminal row) against the bottom of the screen, where prompts and questions appear.
 */
public final class ScreenPatterns {
  /** Non-blank rows from the bottom that count as "what the agent shows now". */
  public static final int BOTTOM_ROWS = 8;

  private final List<Pattern> patterns;

  private ScreenPatterns(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  public static ScreenPatterns compile(List<String> regexes, String what) {
    List<Pattern> compiled = new ArrayList<>();
    for (String regex : regexes == null ? List.<String>of() : regexes) {
      try {
        compiled.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw new RunnerFailure("agent profile " + what + " is not a valid regex: " + regex);
      }
    }
    return new ScreenPatterns(List.copyOf(compiled));
  }

  public static ScreenPatterns compile(String regex, String what) {
    return compile(regex == null ? List.of() : List.of(regex), what);
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** True when any pattern matches one of the last {@link #BOTTOM_ROWS} non-blank rows. */
  public boolean matchesBottom(List<String> rows) {
    return matchesAny(bottom(rows, BOTTOM_ROWS));
  }

  /** True when any pattern matches any row. */
  public boolean matchesAny(List<String> rows) {
    for (String row : rows) {
      for (Pattern pattern : patterns) {
        if (pattern.matcher(row).find()) {
          return true;
        }
      }
    }
    return false;
  }

  static List<String> bottom(List<String> rows, int count) {
    List<String> result = new ArrayList<>();
    for (int i = rows.size() - 1; i >= 0 && result.size() < count; i--) {
      if (!rows.get(i).isBlank()) {
        result.add(0, rows.get(i));
      }
    }
    return result;
  }
}
