package dev.ao.cli.kube;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": names that share a prefix with, contain, or are a few edits away from what was typed. */
public final class NameSuggestions {
  private static final int MAX = 3;

  private NameSuggestions() {}

  public static List<String> closest(String wanted, Collection<String> names) {
    int tolerance = Math.max(2, wanted.length() / 3);
    return names.stream()
        .filter(n -> !n.equals(wanted))
        .map(n -> new Scored(n, score(wanted, n)))
        .filter(s -> s.score <= tolerance)
        .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
        .limit(MAX)
        .map(Scored::name)
        .toList();
  }

  /** Edit distance, with prefix and substring matches counted as near (webapp-1 for webapp). */
  static int score(String wanted, String name) {
    if (name.startsWith(wanted) || wanted.startsWith(name)) {
      return 1;
    }
    if (name.contains(wanted)) {
      return 2;
    }
    return levenshtein(wanted, name);
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private record Scored(String name, int score) {}
}
