package dev.ao.operator.reaction;

import dev.ao.api.v1alpha1.project.Priority;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import dev.ao.api.v1alpha1.project.ReactionSpec.Action;
import java.util.LinkedHashMap;
import java.util.Map;

/** The seed tool's reaction defaults, per key; a Project's entries are merged over these. */
public final class ReactionDefaults {
  private static final Map<String, ReactionSpec> DEFAULTS = new LinkedHashMap<>();

  static {
    put(ReactionKeys.CI_FAILED, Action.SEND_TO_AGENT, Priority.WARNING, 2, "2", null,
        "CI is failing on your PR. Read the failing checks below, fix the cause, run the tests locally and push.");
    put(ReactionKeys.CHANGES_REQUESTED, Action.SEND_TO_AGENT, Priority.WARNING, 2, "30m", null,
        "A reviewer requested changes on your PR. Address every comment below, push, and reply on the PR if you disagree.");
    put(ReactionKeys.BUGBOT_COMMENTS, Action.SEND_TO_AGENT, Priority.WARNING, 2, "30m", null,
        "Automated review left comments on your PR. Address the ones below that are valid and push.");
    put(ReactionKeys.MERGE_CONFLICTS, Action.SEND_TO_AGENT, Priority.WARNING, 2, "15m", null,
        "Your PR has merge conflicts with its base branch. Rebase on the base branch, resolve the conflicts, run the tests and push.");
    put(ReactionKeys.APPROVED_AND_GREEN, Action.NOTIFY, Priority.ACTION, 2, null, null, "PR is approved, green and ready to merge.");
    put(ReactionKeys.AGENT_STUCK, Action.NOTIFY, Priority.URGENT, 2, null, "10m", "The agent has been idle past the stuck threshold.");
    put(ReactionKeys.AGENT_NEEDS_INPUT, Action.NOTIFY, Priority.URGENT, 2, null, null, "The agent is waiting for a human answer.");
    put(ReactionKeys.AGENT_EXITED, Action.NOTIFY, Priority.URGENT, 2, null, null, "The agent process exited.");
    put(ReactionKeys.PR_CLOSED, Action.NOTIFY, Priority.ACTION, 2, null, null, "The PR was closed without merging.");
    put(ReactionKeys.ALL_COMPLETE, Action.NOTIFY, Priority.INFO, 2, null, null, "All Sessions of the Project are complete.");
  }

  private ReactionDefaults() {}

  private static void put(String key, Action action, Priority priority, int retries, String escalateAfter, String threshold, String message) {
    ReactionSpec s = new ReactionSpec();
    s.enabled = true;
    s.action = action;
    s.priority = priority;
    s.retries = retries;
    s.escalateAfter = escalateAfter;
    s.threshold = threshold;
    s.message = message;
    DEFAULTS.put(key, s);
  }

  public static ReactionSpec of(String key) {
    ReactionSpec s = DEFAULTS.get(key);
    if (s == null) {
      throw new IllegalArgumentException("unknown reaction key " + key);
    }
    return s;
  }

  /** The effective configuration of {@code key} for a Project's reactions map (may be null). */
  public static EffectiveReaction effective(String key, Map<String, ReactionSpec> project) {
    return EffectiveReaction.merge(key, of(key), project == null ? null : project.get(key));
  }
}
