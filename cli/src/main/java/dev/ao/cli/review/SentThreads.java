package dev.ao.cli.review;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.session.Session;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which review threads were already sent to a Session's agent, kept in an annotation on the Session
 * (delivered messages may be pruned, the record of what they covered must not).
 */
public final class SentThreads {
  /** Comma-separated thread ids; only threads still unresolved are kept, so it stays small. */
  public static final String ANNOTATION = ApiGroup.GROUP + "/review-threads-sent";

  private SentThreads() {}

  public static Set<String> of(Session s) {
    Map<String, String> annotations = s.getMetadata().getAnnotations();
    String value = annotations == null ? null : annotations.get(ANNOTATION);
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
  }

  /** The new annotation value: previously sent threads that are still open, plus the ones sent now. */
  public static String after(Set<String> sent, List<String> stillOpen, List<String> sentNow) {
    Set<String> ids = new LinkedHashSet<>();
    stillOpen.stream().filter(sent::contains).forEach(ids::add);
    ids.addAll(sentNow);
    return String.join(",", ids);
  }
}
