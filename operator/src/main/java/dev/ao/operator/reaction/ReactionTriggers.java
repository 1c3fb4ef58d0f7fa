package dev.ao.operator.reaction;

import dev.ao.api.v1alpha1.project.ReactionKeys;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.PullRequestSnapshot.CiState;
import dev.ao.operator.scm.PullRequestSnapshot.Mergeable;
import dev.ao.operator.scm.PullRequestSnapshot.PrState;
import dev.ao.operator.scm.PullRequestSnapshot.ReviewDecision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure: which reaction keys a Session's current observation triggers, the episode each belongs to
 * (a new episode is a new event: a new failing commit, a new set of review threads), and which keys
 * are resolved (their streak of attempts ends).
 */
public final class ReactionTriggers {
  private ReactionTriggers() {}

  /** One key's situation now. {@code episode} is null when the key is not triggered. */
  public record Trigger(String key, String episode, boolean resolved, String details) {
    /**
     * A "changes requested" decision with no open thread continues whatever episode is running: its
     * threads were just resolved and the approval has not come yet (two writes, seen a poll apart on
     * the real node), so there is nothing new to tell the agent. It starts an episode only when none runs.
     */
    public boolean continuesRunningEpisode() {
      return DECISION_WITHOUT_THREADS.equals(episode);
    }

    boolean fired() {
      return episode != null;
    }
  }

  /** What the triggers look at. {@code phaseSince} identifies the stint in the current phase. */
  public record Observation(SessionPhase phase, String phaseReason, String phaseSince, PullRequestSnapshot pr) {}

  static final String DECISION_WITHOUT_THREADS = "changes-requested";

  public static Map<String, Trigger> evaluate(Observation o) {
    Map<String, Trigger> t = new LinkedHashMap<>();
    PullRequestSnapshot pr = o.pr();
    boolean open = pr != null && pr.state() == PrState.OPEN;
    boolean ciFailing = open && pr.ci() == CiState.FAILING;
    put(t, ReactionKeys.CI_FAILED, ciFailing ? pr.headSha() : null, pr == null || pr.state() != PrState.OPEN || pr.ci() == CiState.PASSING,
        ciFailing ? ReactionMessages.failingChecks(pr.failingChecks()) : null);
    boolean changes = open && (pr.reviewDecision() == ReviewDecision.CHANGES_REQUESTED || !pr.humanThreads().isEmpty());
    put(t, ReactionKeys.CHANGES_REQUESTED,
        // The thread set (not the head commit) is the episode: a fix pushed while a comment is still open must not
        // resend it. Nor must the review decision that arrives a poll after its threads (a reviewer's comments and
        // "request changes" are separate writes; a real node's timing saw them apart): only a decision with no
        // thread is an episode of its own.
        changes ? (pr.humanThreads().isEmpty() ? DECISION_WITHOUT_THREADS
            : fingerprint(pr.humanThreads().stream().map(PullRequestSnapshot.ReviewThreadInfo::id).toList())) : null,
        !changes, changes ? ReactionMessages.threads(pr.humanThreads()) : null);
    boolean bot = open && !pr.botThreads().isEmpty();
    put(t, ReactionKeys.BUGBOT_COMMENTS, bot ? fingerprint(pr.botThreads().stream().map(PullRequestSnapshot.ReviewThreadInfo::id).toList()) : null,
        !bot, bot ? ReactionMessages.threads(pr.botThreads()) : null);
    boolean conflicts = open && pr.mergeable() == Mergeable.CONFLICTING;
    put(t, ReactionKeys.MERGE_CONFLICTS, conflicts ? pr.headSha() : null, open && pr.mergeable() == Mergeable.MERGEABLE || !open, null);
    phaseKey(t, ReactionKeys.APPROVED_AND_GREEN, o, o.phase() == SessionPhase.Mergeable, pr == null ? null : pr.headSha());
    phaseKey(t, ReactionKeys.AGENT_STUCK, o, o.phase() == SessionPhase.Stuck, o.phaseSince());
    phaseKey(t, ReactionKeys.AGENT_NEEDS_INPUT, o, o.phase() == SessionPhase.NeedsInput, o.phaseSince());
    boolean exited = (o.phase() == SessionPhase.Killed || o.phase() == SessionPhase.Errored)
        && ("AgentExited".equals(o.phaseReason()) || "AgentFailed".equals(o.phaseReason()));
    phaseKey(t, ReactionKeys.AGENT_EXITED, o, exited, o.phaseSince());
    boolean closed = pr != null && pr.state() == PrState.CLOSED;
    put(t, ReactionKeys.PR_CLOSED, closed ? Integer.toString(pr.number()) : null, !closed, null);
    return t;
  }

  private static void phaseKey(Map<String, Trigger> t, String key, Observation o, boolean holds, String episode) {
    put(t, key, holds ? (episode == null ? "now" : episode) : null, !holds, null);
  }

  private static void put(Map<String, Trigger> t, String key, String episode, boolean resolved, String details) {
    t.put(key, new Trigger(key, episode, resolved, details));
  }

  /** Short stable hash of ids, so a new set of threads is a new episode. */
  static String fingerprint(List<String> ids) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join(",", ids.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
