package dev.ao.sim.ops;

import dev.ao.sim.git.CommitInfo;
import dev.ao.sim.git.MergeConflictException;
import dev.ao.sim.git.PullRequestMerger;
import dev.ao.sim.git.RefChange;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.MergeMethod;
import dev.ao.sim.model.MergeableState;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.PullRequestAssessment;
import dev.ao.sim.model.Repo;
import java.util.List;

/** Opening, editing, closing and merging pull requests, with GitHub's validations and merge rules. */
public final class PullRequestOperations {

  /** What a successful merge returns. */
  public record MergeResult(String sha, String message) {}

  private final GitHubBackend backend;
  private final GitHubModel model;
  private final PushProcessor pushes;

  public PullRequestOperations(GitHubBackend backend, PushProcessor pushes) {
    this.backend = backend;
    this.model = backend.model();
    this.pushes = pushes;
  }

  /**
   * Opens a PR from a pushed branch. {@code head} is {@code branch} or {@code owner:branch}. GitHub's 422s: unknown
   * head or base, no commits between them, or an open PR for the same head and base.
   */
  public PullRequest create(
      Repo repo, String title, String head, String base, String body, boolean draft, Actor author) {
    if (title == null || title.isBlank()) {
      throw OperationException.invalid("PullRequest", "title", "missing_field");
    }
    if (head == null || head.isBlank()) {
      throw OperationException.invalid("PullRequest", "head", "missing_field");
    }
    String baseBranch = base == null || base.isBlank() ? repo.defaultBranch() : base;
    String headBranch = headBranch(repo, head);
    return model.atomically(() -> {
      String headSha = backend.git().branchTip(repo, headBranch);
      if (headSha == null) {
        throw OperationException.invalid("PullRequest", "head", "invalid");
      }
      String baseSha = backend.git().branchTip(repo, baseBranch);
      if (baseSha == null) {
        throw OperationException.invalid("PullRequest", "base", "invalid");
      }
      for (PullRequest open : repo.openPullsWithHead(headBranch)) {
        if (open.baseRefName().equals(baseBranch)) {
          throw OperationException.custom(
              "PullRequest", "A pull request already exists for " + repo.owner().login() + ":" + headBranch + ".");
        }
      }
      if (backend.git().commitsBetween(repo, baseSha, headSha).isEmpty()) {
        throw OperationException.custom("PullRequest", "No commits between " + baseBranch + " and " + headBranch);
      }
      int number = repo.nextNumber();
      long id = model.ids().nextDatabaseId();
      PullRequest pr = new PullRequest(repo, number, id, Ids.nodeId("PR", id), author, title, body, headBranch,
          baseBranch, headSha, draft, model.now());
      repo.addPull(pr);
      model.index(pr.id(), pr);
      model.events().record("pull_request.opened", repo.nameWithOwner(), number, headBranch + " " + headSha);
      return pr;
    });
  }

  private static String headBranch(Repo repo, String head) {
    int colon = head.indexOf(':');
    if (colon < 0) {
      return head;
    }
    if (!head.substring(0, colon).equalsIgnoreCase(repo.owner().login())) {
      // The simulator has no forks: a head in another account cannot exist.
      throw OperationException.invalid("PullRequest", "head", "invalid");
    }
    return head.substring(colon + 1);
  }

  /** REST PATCH: null arguments leave a field unchanged. {@code state} is "open" or "closed". */
  public PullRequest update(Repo repo, int number, String title, String body, String state, String base) {
    if (state != null && !state.equals("open") && !state.equals("closed")) {
      throw OperationException.invalid("PullRequest", "state", "invalid");
    }
    return model.atomically(() -> {
      PullRequest pr = backend.pull(repo, number);
      if (title != null) {
        pr.setTitle(title);
      }
      if (body != null) {
        pr.setBody(body);
      }
      if (base != null && !base.equals(pr.baseRefName())) {
        if (backend.git().branchTip(repo, base) == null) {
          throw OperationException.invalid("PullRequest", "base", "invalid");
        }
        pr.setBaseRefName(base);
      }
      pr.touch(model.now());
      if ("closed".equals(state) && pr.isOpen()) {
        close(repo, number);
      } else if ("open".equals(state) && !pr.isOpen()) {
        reopen(pr);
      }
      model.events().record("pull_request.edited", repo.nameWithOwner(), number, null);
      return pr;
    });
  }

  public PullRequest close(Repo repo, int number) {
    return model.atomically(() -> {
      PullRequest pr = backend.pull(repo, number);
      if (pr.isOpen()) {
        pr.close(backend.git().branchTip(repo, pr.baseRefName()), model.now());
        model.events().record("pull_request.closed", repo.nameWithOwner(), number, "closed without merge");
      }
      return pr;
    });
  }

  private void reopen(PullRequest pr) {
    if (pr.merged()) {
      throw OperationException.custom("PullRequest", "Cannot reopen a merged pull request");
    }
    pr.reopen(model.now());
    model.events().record("pull_request.reopened", pr.repo().nameWithOwner(), pr.number(), null);
  }

  public void setDraft(Repo repo, int number, boolean draft) {
    model.atomically(() -> {
      PullRequest pr = backend.pull(repo, number);
      pr.setDraft(draft);
      pr.touch(model.now());
      model.events().record(draft ? "pull_request.converted_to_draft" : "pull_request.ready_for_review",
          repo.nameWithOwner(), number, null);
    });
  }

  /** Forces the mergeability GitHub reports (null returns to computing it from git). */
  public void setMergeable(Repo repo, int number, MergeableState state) {
    model.atomically(() -> {
      PullRequest pr = backend.pull(repo, number);
      pr.setMergeableOverride(state);
      pr.touch(model.now());
      model.events().record("pull_request.mergeable", repo.nameWithOwner(), number, String.valueOf(state));
    });
  }

  /**
   * Merges like {@code PUT /pulls/{n}/merge}: 405 when the PR is not open, is a draft, conflicts, or branch
   * protection blocks it; 409 when {@code expectedHeadSha} is stale. A success moves the base branch in git.
   */
  public MergeResult merge(
      Repo repo, int number, MergeMethod method, String expectedHeadSha, String title, String message, Actor by) {
    return model.atomically(() -> {
      PullRequest pr = backend.pull(repo, number);
      if (!pr.isOpen()) {
        throw new OperationException(OperationException.Kind.NOT_MERGEABLE, "Pull Request is not mergeable");
      }
      if (expectedHeadSha != null && !expectedHeadSha.equals(pr.headRefOid())) {
        throw new OperationException(
            OperationException.Kind.CONFLICT, "Head branch was modified. Review and try the merge again.");
      }
      PullRequestAssessment assessment = backend.assessor().assess(pr);
      if (!assessment.mergeBlockers().isEmpty()) {
        throw new OperationException(OperationException.Kind.NOT_MERGEABLE, assessment.mergeBlockers().get(0));
      }
      String baseBefore = backend.git().branchTip(repo, pr.baseRefName());
      List<String> commits = backend.git().commitsBetween(repo, baseBefore, pr.headRefOid());
      RefChange change;
      try {
        change = PullRequestMerger.merge(backend.gitRepository(repo), pr.baseRefName(), pr.headRefOid(), method,
            commitMessage(pr, method, title, message, commits), RepoOperations.identity(by));
      } catch (MergeConflictException e) {
        throw new OperationException(OperationException.Kind.NOT_MERGEABLE, "Pull Request is not mergeable");
      }
      pr.markMerged(by, change.newSha(), baseBefore, commits, model.now());
      model.events().record("pull_request.merged", repo.nameWithOwner(), number, method + " " + change.newSha());
      pushes.onRefsChanged(repo, by, List.of(change));
      return new MergeResult(change.newSha(), "Pull Request successfully merged");
    });
  }

  private String commitMessage(PullRequest pr, MergeMethod method, String title, String message, List<String> shas) {
    if (method == MergeMethod.MERGE) {
      String headline = title != null ? title
          : "Merge pull request #" + pr.number() + " from " + pr.repo().owner().login() + "/" + pr.headRefName();
      return headline + "\n\n" + (message != null ? message : pr.title());
    }
    String headline = title != null ? title : pr.title() + " (#" + pr.number() + ")";
    if (message != null) {
      return headline + "\n\n" + message;
    }
    StringBuilder body = new StringBuilder();
    for (String sha : shas) {
      CommitInfo info = backend.git().commit(pr.repo(), sha);
      body.append("* ").append(info.messageHeadline()).append('\n');
    }
    return headline + "\n\n" + body;
  }
}
