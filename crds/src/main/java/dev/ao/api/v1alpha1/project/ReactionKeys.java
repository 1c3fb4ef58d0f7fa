package dev.ao.api.v1alpha1.project;

import java.util.List;

/** The event keys a Project can configure reactions for (the seed tool's keys). */
public final class ReactionKeys {
  public static final String CI_FAILED = "ci-failed";
  public static final String CHANGES_REQUESTED = "changes-requested";
  public static final String BUGBOT_COMMENTS = "bugbot-comments";
  public static final String MERGE_CONFLICTS = "merge-conflicts";
  public static final String APPROVED_AND_GREEN = "approved-and-green";
  public static final String AGENT_STUCK = "agent-stuck";
  public static final String AGENT_NEEDS_INPUT = "agent-needs-input";
  public static final String AGENT_EXITED = "agent-exited";
  public static final String PR_CLOSED = "pr-closed";
  public static final String ALL_COMPLETE = "all-complete";

  public static final List<String> ALL =
      List.of(
          CI_FAILED,
          CHANGES_REQUESTED,
          BUGBOT_COMMENTS,
          MERGE_CONFLICTS,
          APPROVED_AND_GREEN,
          AGENT_STUCK,
          AGENT_NEEDS_INPUT,
          AGENT_EXITED,
          PR_CLOSED,
          ALL_COMPLETE);

  /** How many keys there are; the schema's maxProperties for the reactions map, which bounds the rule's cost. */
  public static final int COUNT = 10;

  public static final String KEYS_RULE_MESSAGE =
      "unknown reaction key; supported keys: ci-failed, changes-requested, bugbot-comments, merge-conflicts,"
          + " approved-and-green, agent-stuck, agent-needs-input, agent-exited, pr-closed, all-complete";

  /** CEL rule over the reactions map; keep in sync with {@link #ALL} (a test checks). */
  public static final String KEYS_RULE =
      "self.all(k, k in ['ci-failed', 'changes-requested', 'bugbot-comments', 'merge-conflicts',"
          + " 'approved-and-green', 'agent-stuck', 'agent-needs-input', 'agent-exited', 'pr-closed', 'all-complete'])";

  private ReactionKeys() {}
}
