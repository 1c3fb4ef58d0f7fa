package dev.ao.operator.project;

import dev.ao.api.v1alpha1.session.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pure: whether every Session of a Project has finished, and a fingerprint of that set so it is announced once. */
final class AllComplete {
  private AllComplete() {}

  /** Fingerprint of the finished set, or null while any Session is still active (or there are none). */
  static String fingerprint(List<Session> sessions) {
    if (sessions.isEmpty()) {
      return null;
    }
    for (Session s : sessions) {
      if (s.getStatus() == null || s.getStatus().phase == null || !s.getStatus().phase.isTerminal()) {
        return null;
      }
    }
    String names = String.join(",", sessions.stream().map(s -> s.getMetadata().getName()).sorted().toList());
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(names.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String summary(List<Session> sessions) {
    Map<String, Integer> byPhase = new TreeMap<>();
    sessions.forEach(s -> byPhase.merge(s.getStatus().phase.name(), 1, Integer::sum));
    StringBuilder b = new StringBuilder("All " + sessions.size() + " Sessions are complete:");
    byPhase.forEach((phase, n) -> b.append(' ').append(n).append(' ').append(phase).append(','));
    b.setLength(b.length() - 1);
    return b.append('.').toString();
  }
}
