package dev.ao.cli.kube;

import dev.ao.api.v1alpha1.common.Patterns;
import java.util.Locale;

/** Turns free-form names (repository names, seed project ids) into valid Kubernetes names and session prefixes. */
public final class ObjectNames {
  private static final int PREFIX_MAX = 20;

  private ObjectNames() {}

  /** Lower case, anything but letters and digits becomes '-', at most 63 characters, no '-' at either end. */
  public static String dnsLabel(String raw) {
    String s = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 63) {
      s = s.substring(0, 63).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "project" : s;
  }

  /** A session prefix (starts with a letter, at most 20 characters) derived from a name. */
  public static String sessionPrefix(String raw) {
    String s = dnsLabel(raw).replaceAll("^[^a-z]+", "");
    if (s.length() > PREFIX_MAX) {
      s = s.substring(0, PREFIX_MAX).replaceAll("-+$", "");
    }
    return s.isEmpty() || !s.matches(Patterns.SESSION_PREFIX) ? "ao" : s;
  }
}
