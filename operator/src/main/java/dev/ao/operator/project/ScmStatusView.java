package dev.ao.operator.project;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ScmPollStatus;
import dev.ao.operator.scm.RepoKey;
import dev.ao.operator.scm.ScmPoller;
import dev.ao.operator.scm.ScmTargets;

/** The poller's view of a Project's repository, as Project status shows it. */
final class ScmStatusView {
  private ScmStatusView() {}

  static ScmPollStatus of(Project project, ScmPoller poller) {
    RepoKey key = ScmTargets.repoKey(project);
    if (key == null) {
      return null;
    }
    return poller.repoState(key).filter(s -> s.lastPolledAt() != null).map(s -> {
      ScmPollStatus v = new ScmPollStatus();
      v.repository = key.slug();
      v.lastPolled = s.lastPolledAt().toString();
      v.nextPoll = s.nextPollAt() == null ? null : s.nextPollAt().toString();
      v.lastError = s.lastError();
      v.sessions = s.sessions();
      if (s.budget() != null) {
        v.rateLimitRemaining = s.budget().remaining();
        v.rateLimitLimit = s.budget().limit();
        v.rateLimitResetAt = s.budget().resetAt() == null ? null : s.budget().resetAt().toString();
      }
      return v;
    }).orElse(null);
  }
}
