package dev.ao.cli.session;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Worker Sessions are named <prefix>-<n>; the orchestrator is <prefix>-orchestrator, as in the seed tool. */
public final class SessionNames {
  private SessionNames() {}

  /** One more than the highest n in use, so a deleted Session's name is not reused while its objects may linger. */
  public static int nextNumber(String prefix, Collection<String> existing) {
    Pattern numbered = Pattern.compile("^" + Pattern.quote(prefix) + "-([0-9]{1,9})$");
    int max = 0;
    for (String name : existing) {
      Matcher m = numbered.matcher(name);
      if (m.matches()) {
        max = Math.max(max, Integer.parseInt(m.group(1)));
      }
    }
    return max + 1;
  }

  public static String worker(String prefix, int n) {
    return prefix + "-" + n;
  }

  public static String orchestrator(String prefix) {
    return prefix + "-orchestrator";
  }
}
