package dev.ao.operator.reaction;

import dev.ao.api.v1alpha1.project.Priority;
import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.api.v1alpha1.project.ReactionSpec;
import dev.ao.api.v1alpha1.project.ReactionSpec.Action;
import dev.ao.api.v1alpha1.session.ReactionState;
import dev.ao.operator.scm.PullRequestSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure: from the triggers, the effective configuration and the reaction bookkeeping kept in
 * status, which actions to run now and what the bookkeeping becomes. Because the bookkeeping
 * lives in status and message ids are derived from the episode, an operator restart neither
 * repeats a reaction nor forgets an escalation.
 */
public final class ReactionPolicy {
  private ReactionPolicy() {}

  /** Actions to run and the reaction states to record. */
  public record Plan(List<ReactionAction> actions, Map<String, ReactionState> states) {}

  public static Plan plan(
      String session,
      Map<String, ReactionTriggers.Trigger> triggers,
      Map<String, ReactionSpec> projectReactions,
      Map<String, ReactionState> previous,
      PullRequestSnapshot pr,
      Instant now) {
    List<ReactionAction> actions = new ArrayList<>();
    Map<String, ReactionState> states = new LinkedHashMap<>();
    for (ReactionTriggers.Trigger t : triggers.values()) {
      EffectiveReaction cfg = ReactionDefaults.effective(t.key(), projectReactions);
      ReactionState st = previous == null ? null : previous.get(t.key());
      if (!t.fired()) {
        if (st != null && !t.resolved()) {
          st.pending = false;
          states.put(t.key(), st);
        }
        continue;
      }
      boolean newEpisode = st == null || !t.episode().equals(st.episode) && !t.continuesRunningEpisode();
      ReactionState next = newEpisode ? startEpisode(st, t, now) : st;
      if (newEpisode || Boolean.TRUE.equals(next.pending)) {
        if (failuresExhausted(next, cfg)) {
          escalate(actions, next, cfg, session, "delivery failed " + next.deliveryFailures + " times: " + next.lastError);
          next.pending = false;
        } else {
          actions.addAll(primary(cfg, t, session, pr));
          next.pending = true;
        }
      }
      String due = escalationDue(next, cfg, now);
      if (due != null) {
        escalate(actions, next, cfg, session, due);
      }
      states.put(t.key(), next);
    }
    return new Plan(actions, states);
  }

  /** Records how the actions went: success ends the retry loop, failure is counted and retried. */
  public static void recordOutcome(ReactionState state, boolean success, String error) {
    if (success) {
      state.pending = false;
      state.lastError = null;
    } else {
      state.deliveryFailures = (state.deliveryFailures == null ? 0 : state.deliveryFailures) + 1;
      state.lastError = error;
    }
  }

  /** Stable message id for a reaction episode, so the runner drops a re-send after a restart. */
  public static String messageId(String key, String episode) {
    return "rx-" + key + "-" + ReactionTriggers.fingerprint(List.of(episode));
  }

  private static ReactionState startEpisode(ReactionState streak, ReactionTriggers.Trigger t, Instant now) {
    ReactionState s = new ReactionState();
    s.episode = t.episode();
    s.attempts = (streak == null || streak.attempts == null ? 0 : streak.attempts) + 1;
    s.firstFiredAt = streak == null || streak.firstFiredAt == null ? now.toString() : streak.firstFiredAt;
    s.lastFiredAt = now.toString();
    s.escalated = streak != null && Boolean.TRUE.equals(streak.escalated);
    s.deliveryFailures = 0;
    return s;
  }

  private static List<ReactionAction> primary(EffectiveReaction cfg, ReactionTriggers.Trigger t, String session, PullRequestSnapshot pr) {
    String text = ReactionMessages.forAgent(cfg.message(), t.details());
    String title = session + ": " + t.key();
    if (cfg.action() == Action.SEND_TO_AGENT) {
      if (cfg.enabled()) {
        return List.of(new ReactionAction.SendToAgent(t.key(), messageId(t.key(), t.episode()), text));
      }
      // Disabled sending must not swallow the event (a seed complaint): a person hears about it.
      return List.of(new ReactionAction.Notify(t.key(), cfg.priority(), title, text, false));
    }
    if (cfg.action() == Action.AUTO_MERGE && cfg.enabled() && ReactionKeys.APPROVED_AND_GREEN.equals(t.key()) && mergeAllowed(pr)) {
      return List.of(
          new ReactionAction.Merge(t.key(), pr.number(), pr.headSha()),
          new ReactionAction.Notify(t.key(), Priority.INFO, title, "Merging PR #" + pr.number() + " (approved and green).", false));
    }
    return List.of(new ReactionAction.Notify(t.key(), cfg.priority(), title, text, false));
  }

  /** Merge only what is approved (or needs no review), green, mergeable, and has no required check pending. */
  static boolean mergeAllowed(PullRequestSnapshot pr) {
    return pr != null
        && pr.state() == PullRequestSnapshot.PrState.OPEN
        && !pr.draft()
        && pr.ci() == PullRequestSnapshot.CiState.PASSING
        && !pr.requiredChecksPending()
        && pr.mergeable() == PullRequestSnapshot.Mergeable.MERGEABLE
        && (pr.reviewDecision() == PullRequestSnapshot.ReviewDecision.APPROVED
            || pr.reviewDecision() == PullRequestSnapshot.ReviewDecision.NONE);
  }

  private static boolean failuresExhausted(ReactionState s, EffectiveReaction cfg) {
    return s.deliveryFailures != null && s.deliveryFailures > cfg.retries();
  }

  private static String escalationDue(ReactionState s, EffectiveReaction cfg, Instant now) {
    if (Boolean.TRUE.equals(s.escalated)) {
      return null;
    }
    if (cfg.escalateAfterAttempts() != null && s.attempts != null && s.attempts > cfg.escalateAfterAttempts()) {
      return "still happening after " + s.attempts + " attempts";
    }
    if (cfg.escalateAfterDuration() != null && s.firstFiredAt != null) {
      Duration open = Duration.between(Instant.parse(s.firstFiredAt), now);
      if (open.compareTo(cfg.escalateAfterDuration()) > 0) {
        return "unresolved for " + open.toMinutes() + "m";
      }
    }
    return null;
  }

  private static void escalate(List<ReactionAction> actions, ReactionState s, EffectiveReaction cfg, String session, String why) {
    if (Boolean.TRUE.equals(s.escalated)) {
      return;
    }
    s.escalated = true;
    actions.add(new ReactionAction.Notify(cfg.key(), Priority.URGENT, session + ": " + cfg.key() + " escalated",
        "Reaction '" + cfg.key() + "' on Session " + session + " needs a person: " + why + ".", true));
  }
}
