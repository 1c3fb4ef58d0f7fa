package dev.ao.operator.session;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import java.util.Comparator;
import java.util.List;

/**
 * Pure admission against {@code limits.maxConcurrentSessions}: Sessions already running keep their
 * slot; waiting Sessions are admitted first come, first served. Because the order is computed from
 * creation time and name, concurrent reconciles of two waiting Sessions agree on who goes first.
 */
public final class Admission {
  private Admission() {}

  /** Whether {@code me} may start, and if not, its place in the queue (1-based). */
  public record Decision(boolean admitted, int queuePosition, int running, Integer limit) {}

  public static Decision decide(Session me, List<Session> projectSessions, Integer limit) {
    if (limit == null || holdsSlot(me)) {
      return new Decision(true, 0, -1, limit);
    }
    String myName = me.getMetadata().getName();
    int running = 0;
    for (Session s : projectSessions) {
      if (!s.getMetadata().getName().equals(myName) && holdsSlot(s) && s.getMetadata().getDeletionTimestamp() == null) {
        running++;
      }
    }
    List<Session> waiting =
        projectSessions.stream()
            .filter(s -> isWaiting(s) || s.getMetadata().getName().equals(myName))
            .filter(s -> s.getMetadata().getDeletionTimestamp() == null)
            .sorted(FIFO)
            .toList();
    int ahead = 0;
    for (Session s : waiting) {
      if (s.getMetadata().getName().equals(myName)) {
        break;
      }
      ahead++;
    }
    boolean admitted = running + ahead < limit;
    return new Decision(admitted, admitted ? 0 : ahead + 1, running, limit);
  }

  static boolean holdsSlot(Session s) {
    SessionPhase phase = s.getStatus() == null ? null : s.getStatus().phase;
    return phase != null && phase.holdsSlot();
  }

  private static boolean isWaiting(Session s) {
    SessionPhase phase = s.getStatus() == null ? null : s.getStatus().phase;
    return phase == null || phase == SessionPhase.Queued;
  }

  /** First come, first served: creation time, then name. */
  static final Comparator<Session> FIFO =
      Comparator.comparing((Session s) -> String.valueOf(s.getMetadata().getCreationTimestamp()))
          .thenComparing(s -> s.getMetadata().getName());
}
