package dev.ao.cli.kube;

import dev.ao.api.v1alpha1.session.Session;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sessions by project, then name with numbers compared as numbers (webapp-2 before webapp-10). */
public final class SessionOrder {
  private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

  public static final Comparator<Session> BY_PROJECT_AND_NAME =
      Comparator.comparing((Session s) -> s.getSpec() == null || s.getSpec().project == null ? "" : s.getSpec().project)
          .thenComparing(s -> s.getMetadata().getName(), SessionOrder::naturalCompare);

  private SessionOrder() {}

  static int naturalCompare(String a, String b) {
    Matcher ma = NUMBERED.matcher(a);
    Matcher mb = NUMBERED.matcher(b);
    if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))) {
      String na = ma.group(2);
      String nb = mb.group(2);
      return na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
    }
    return a.compareTo(b);
  }
}
