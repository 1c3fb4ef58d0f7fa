package dev.ao.sim.ops;

import dev.ao.sim.git.RefChange;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.ReviewThread;
import java.util.List;
import java.util.Objects;

/**
 * What GitHub does after refs move (a {@code git push}, a seed commit or a merge): open PRs follow their head branch,
 * review threads on changed files become outdated, a PR whose head branch is deleted is closed, and CI runs.
 */
public final class PushProcessor {

  private final GitHubBackend backend;
  private final GitHubModel model;
  private final CiRunner ci;

  public PushProcessor(GitHubBackend backend, CiRunner ci) {
    this.backend = backend;
    this.model = backend.model();
    this.ci = ci;
  }

  public void onRefsChanged(Repo repo, Actor pusher, List<RefChange> changes) {
    for (RefChange change : changes) {
      if (!change.isBranch()) {
        continue;
      }
      model.atomically(() -> applyToPulls(repo, change));
      model.events().record(
          "push",
          repo.nameWithOwner(),
          null,
          change.branch() + " " + change.oldSha() + ".." + change.newSha() + " by " + pusher.login());
      if (!change.isDelete()) {
        ci.onPush(repo, change.branch(), change.newSha());
      }
    }
  }

  private void applyToPulls(Repo repo, RefChange change) {
    for (PullRequest pr : repo.openPullsWithHead(change.branch())) {
      if (change.isDelete()) {
        pr.close(backend.git().branchTip(repo, pr.baseRefName()), model.now());
        model.events().record("pull_request.closed", repo.nameWithOwner(), pr.number(), "head branch deleted");
        continue;
      }
      String previousHead = pr.headRefOid();
      pr.setHeadRefOid(change.newSha());
      pr.touch(model.now());
      markOutdatedThreads(repo, pr, previousHead, change.newSha());
      model.events().record("pull_request.synchronize", repo.nameWithOwner(), pr.number(), change.newSha());
    }
  }

  /** A thread is outdated once its file differs from the commit the thread was written on. */
  private void markOutdatedThreads(Repo repo, PullRequest pr, String previousHead, String newHead) {
    for (ReviewThread thread : pr.reviewThreads()) {
      if (thread.isOutdated() || thread.path() == null) {
        continue;
      }
      String anchor = thread.commitId() != null ? thread.commitId() : previousHead;
      String before = backend.git().blobAt(repo, anchor, thread.path());
      String after = backend.git().blobAt(repo, newHead, thread.path());
      if (!Objects.equals(before, after)) {
        thread.markOutdated();
      }
    }
  }
}
