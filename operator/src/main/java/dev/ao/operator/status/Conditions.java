package dev.ao.operator.status;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sets standard conditions, keeping {@code lastTransitionTime} unless the status value actually
 * changes, so an unchanged observation produces an unchanged status (and no patch).
 */
public final class Conditions {
  public static final String TRUE = "True";
  public static final String FALSE = "False";

  private Conditions() {}

  public static void set(
      List<Condition> conditions, String type, boolean status, String reason, String message, Long generation, Instant now) {
    String value = status ? TRUE : FALSE;
    Optional<Condition> existing = find(conditions, type);
    String transition =
        existing.filter(c -> value.equals(c.getStatus())).map(Condition::getLastTransitionTime).orElse(now.toString());
    Condition next =
        new ConditionBuilder()
            .withType(type)
            .withStatus(value)
            .withReason(emptyToNull(reason))
            .withMessage(emptyToNull(message))
            .withObservedGeneration(generation)
            .withLastTransitionTime(transition)
            .build();
    existing.ifPresent(conditions::remove);
    conditions.add(next);
    conditions.sort(java.util.Comparator.comparing(Condition::getType));
  }

  /**
   * An empty reason or message is left out rather than written as {@code ""}: the CRD types them as
   * optional strings, and kube-apiserver 1.20 built with a newer Go rejects an empty string as "null".
   */
  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  public static Optional<Condition> find(List<Condition> conditions, String type) {
    return conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
  }

  public static boolean isTrue(List<Condition> conditions, String type) {
    return find(conditions, type).map(c -> TRUE.equals(c.getStatus())).orElse(false);
  }
}
