package dev.ao.cli.session;

import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import java.util.Optional;

/** Which Sessions `ao session cleanup` removes: their PR was merged or closed, or they are Done. */
public final class CleanupPolicy {
  private CleanupPolicy() {}

  /** Why the Session can go, or empty when it stays. */
  public static Optional<String> reason(Session s) {
    if (s.getStatus() == null) {
      return Optional.empty();
    }
    PullRequestStatus pr = s.getStatus().pr;
    if (pr != null && ("merged".equalsIgnoreCase(pr.state) || "closed".equalsIgnoreCase(pr.state))) {
      return Optional.of("PR " + (pr.number == null ? "" : "#" + pr.number + " ") + pr.state.toLowerCase(java.util.Locale.ROOT));
    }
    if (s.getStatus().phase == SessionPhase.Done) {
      return Optional.of("phase Done");
    }
    return Optional.empty();
  }
}
