package dev.ao.operator.reaction;

import dev.ao.api.v1alpha1.project.Priority;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import dev.ao.operator.Durations;
import java.time.Duration;

/** A reaction key's configuration after the Project's partial override was merged over the default. */
public record EffectiveReaction(
    String key,
    boolean enabled,
    ReactionSpec.Action action,
    String message,
    Priority priority,
    int retries,
    Integer escalateAfterAttempts,
    Duration escalateAfterDuration,
    Duration threshold) {

  /** Field-by-field merge: what the Project sets wins, everything else keeps the default. */
  public static EffectiveReaction merge(String key, ReactionSpec defaults, ReactionSpec override) {
    ReactionSpec o = override == null ? new ReactionSpec() : override;
    String escalate = o.escalateAfter != null ? o.escalateAfter : defaults.escalateAfter;
    Integer attempts = null;
    Duration duration = null;
    if (escalate != null && escalate.matches("[0-9]+")) {
      attempts = Integer.parseInt(escalate);
    } else if (escalate != null) {
      duration = Durations.parse(escalate, null);
    }
    String threshold = o.threshold != null ? o.threshold : defaults.threshold;
    return new EffectiveReaction(
        key,
        o.enabled != null ? o.enabled : defaults.enabled == null || defaults.enabled,
        o.action != null ? o.action : defaults.action,
        o.message != null ? o.message : defaults.message,
        o.priority != null ? o.priority : defaults.priority,
        o.retries != null ? o.retries : defaults.retries == null ? 0 : defaults.retries,
        attempts,
        duration,
        Durations.parse(threshold, null));
  }
}
