package dev.ao.operator.lifecycle;

import dev.ao.api.v1alpha1.session.CheckRunStatus;
import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.ReviewThread;
import dev.ao.operator.scm.PullRequestSnapshot;
import java.util.List;
import java.util.Locale;

/** Pure: the PR snapshot as it appears in Session status (bounded, lower-case vocabulary). */
public final class PullRequestStatusMapper {
  static final int MAX_THREADS = 50;
  static final int MAX_BODY = 2000;

  private PullRequestStatusMapper() {}

  public static PullRequestStatus toStatus(PullRequestSnapshot s) {
    if (s == null) {
      return null;
    }
    PullRequestStatus p = new PullRequestStatus();
    p.number = s.number();
    p.url = s.url();
    p.state = lower(s.state().name());
    p.draft = s.draft() ? Boolean.TRUE : null;
    p.headSha = s.headSha();
    p.ci = lower(s.ci().name());
    List<CheckRunStatus> notPassing = s.checks().stream().filter(c -> c.failing() || c.pending()).map(PullRequestStatusMapper::check).toList();
    p.failingChecks = notPassing.isEmpty() ? null : notPassing;
    p.reviewDecision = lower(s.reviewDecision().name());
    p.mergeable = mergeable(s);
    p.unresolvedComments = s.unresolvedThreads().size();
    List<ReviewThread> threads = s.unresolvedThreads().stream().limit(MAX_THREADS).map(PullRequestStatusMapper::thread).toList();
    p.reviewThreads = threads.isEmpty() ? null : threads;
    return p;
  }

  private static String mergeable(PullRequestSnapshot s) {
    if (s.mergeable() == PullRequestSnapshot.Mergeable.CONFLICTING) {
      return "conflicting";
    }
    if ("BEHIND".equals(s.mergeStateStatus())) {
      return "behind";
    }
    if ("BLOCKED".equals(s.mergeStateStatus()) && s.mergeable() == PullRequestSnapshot.Mergeable.MERGEABLE) {
      return "blocked";
    }
    return lower(s.mergeable().name());
  }

  private static CheckRunStatus check(PullRequestSnapshot.CheckResult c) {
    CheckRunStatus r = new CheckRunStatus();
    r.name = c.name();
    r.conclusion = c.conclusion() == null ? "pending" : c.conclusion();
    r.url = c.url();
    r.excerpt = c.excerpt() == null ? null : c.excerpt().length() > 500 ? c.excerpt().substring(0, 500) + "…" : c.excerpt();
    return r;
  }

  private static ReviewThread thread(PullRequestSnapshot.ReviewThreadInfo t) {
    ReviewThread r = new ReviewThread();
    r.id = t.id();
    r.path = t.path();
    r.line = t.line();
    r.author = t.author();
    r.bot = t.bot() ? Boolean.TRUE : null;
    r.body = t.body() == null ? null : t.body().length() > MAX_BODY ? t.body().substring(0, MAX_BODY) + "…" : t.body();
    r.url = t.url();
    return r;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
