package dev.ao.operator.reaction;

import dev.ao.operator.scm.PullRequestSnapshot.CheckResult;
import dev.ao.operator.scm.PullRequestSnapshot.ReviewThreadInfo;
import java.util.List;

/** Pure formatting of what the agent and people read. Plain text: it is typed into a terminal. */
public final class ReactionMessages {
  static final int MAX_EXCERPT = 1500;
  static final int MAX_BODY = 1500;

  private ReactionMessages() {}

  static String failingChecks(List<CheckResult> checks) {
    if (checks.isEmpty()) {
      return "Failing checks: (GitHub did not list them; open the PR's Checks tab)";
    }
    StringBuilder b = new StringBuilder("Failing checks:");
    for (CheckResult c : checks) {
      b.append("\n- ").append(c.name()).append(" (").append(c.conclusion()).append(")");
      if (c.url() != null) {
        b.append(": ").append(c.url());
      }
      if (c.excerpt() != null && !c.excerpt().isBlank()) {
        b.append("\n  ").append(cut(c.excerpt().strip(), MAX_EXCERPT).replace("\n", "\n  "));
      }
    }
    return b.toString();
  }

  static String threads(List<ReviewThreadInfo> threads) {
    if (threads.isEmpty()) {
      return "(no inline comments; read the review summary on the PR)";
    }
    StringBuilder b = new StringBuilder("Unresolved comments:");
    for (ReviewThreadInfo t : threads) {
      b.append("\n- ").append(t.path() == null ? "(PR)" : t.path());
      if (t.line() != null) {
        b.append(':').append(t.line());
      }
      b.append(" @").append(t.author()).append(": ").append(cut(t.body() == null ? "" : t.body().strip(), MAX_BODY).replace("\n", "\n  "));
      if (t.url() != null) {
        b.append("\n  ").append(t.url());
      }
    }
    return b.toString();
  }

  /** The message the agent gets: the configured text, then the event's details. */
  static String forAgent(String configured, String details) {
    return details == null || details.isBlank() ? configured : configured + "\n\n" + details;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
