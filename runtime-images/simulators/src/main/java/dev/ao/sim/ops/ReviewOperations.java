package dev.ao.sim.ops;

import dev.ao.sim.model.Actor;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.Review;
import dev.ao.sim.model.ReviewComment;
import dev.ao.sim.model.ReviewState;
import dev.ao.sim.model.ReviewThread;
import java.util.List;

/** Reviews and review threads: what human reviewers and review bots do to a pull request. */
public final class ReviewOperations {

  /** A line comment submitted with a review; it opens a thread. */
  public record LineComment(String path, Integer line, String body) {}

  private final GitHubBackend backend;
  private final GitHubModel model;

  public ReviewOperations(GitHubBackend backend) {
    this.backend = backend;
    this.model = backend.model();
  }

  /**
   * Submits a review. GitHub's rules: nobody approves or requests changes on their own PR, and REQUEST_CHANGES and
   * COMMENT need a body unless line comments carry the content.
   */
  public Review submit(
      Repo repo, int number, Actor reviewer, ReviewState state, String body, List<LineComment> comments) {
    return model.atomically(() -> {
      PullRequest pr = backend.pull(repo, number);
      boolean blank = body == null || body.isBlank();
      if (pr.author().id() == reviewer.id() && state == ReviewState.APPROVED) {
        throw OperationException.custom("PullRequestReview", "Can not approve your own pull request");
      }
      if (pr.author().id() == reviewer.id() && state == ReviewState.CHANGES_REQUESTED) {
        throw OperationException.custom("PullRequestReview", "Can not request changes on your own pull request");
      }
      if (blank && comments.isEmpty()
          && (state == ReviewState.CHANGES_REQUESTED || state == ReviewState.COMMENTED)) {
        throw OperationException.custom("PullRequestReview", "Body is required for this review event");
      }
      long id = model.ids().nextDatabaseId();
      Review review = new Review(id, Ids.nodeId("PRR", id), pr, reviewer, state, blank ? "" : body,
          state == ReviewState.PENDING ? null : model.now(), pr.headRefOid());
      pr.addReview(review);
      model.index(review.id(), review);
      for (LineComment comment : comments) {
        openThread(pr, comment.path(), comment.line(), comment.body(), reviewer, id);
      }
      pr.touch(model.now());
      model.events().record("pull_request_review.submitted", repo.nameWithOwner(), number,
          state + " by " + reviewer.login());
      return review;
    });
  }

  /** Opens a review thread on its own (what review bots do through line comments). */
  public ReviewThread addThread(Repo repo, int number, String path, Integer line, String body, Actor author) {
    return model.atomically(() -> {
      PullRequest pr = backend.pull(repo, number);
      ReviewThread thread = openThread(pr, path, line, body, author, null);
      pr.touch(model.now());
      model.events().record("pull_request_review_thread.created", repo.nameWithOwner(), number,
          path + ":" + line + " by " + author.login());
      return thread;
    });
  }

  private ReviewThread openThread(
      PullRequest pr, String path, Integer line, String body, Actor author, Long reviewId) {
    if (path == null || path.isBlank()) {
      throw OperationException.invalid("PullRequestReviewComment", "path", "missing_field");
    }
    if (body == null || body.isBlank()) {
      throw OperationException.invalid("PullRequestReviewComment", "body", "missing_field");
    }
    long threadId = model.ids().nextDatabaseId();
    ReviewThread thread = new ReviewThread(Ids.nodeId("PRRT", threadId), pr, path, line);
    thread.addComment(newComment(thread, body, author, reviewId, null));
    pr.addReviewThread(thread);
    model.index(thread.id(), thread);
    return thread;
  }

  public ReviewComment reply(String threadId, String body, Actor author) {
    return model.atomically(() -> {
      ReviewThread thread = thread(threadId);
      if (body == null || body.isBlank()) {
        throw OperationException.invalid("PullRequestReviewComment", "body", "missing_field");
      }
      ReviewComment reply = newComment(thread, body, author, null, thread.firstComment().databaseId());
      thread.addComment(reply);
      thread.pullRequest().touch(model.now());
      record(thread, "pull_request_review_comment.created", author);
      return reply;
    });
  }

  public ReviewThread resolve(String threadId, Actor by, boolean resolved) {
    return model.atomically(() -> {
      ReviewThread thread = thread(threadId);
      if (resolved) {
        thread.resolve(by);
      } else {
        thread.unresolve();
      }
      thread.pullRequest().touch(model.now());
      record(thread, resolved ? "pull_request_review_thread.resolved" : "pull_request_review_thread.unresolved", by);
      return thread;
    });
  }

  private ReviewThread thread(String threadId) {
    return model.node(threadId, ReviewThread.class)
        .orElseThrow(() -> OperationException.notFound(
            "Could not resolve to a PullRequestReviewThread with the id of '" + threadId + "'."));
  }

  private ReviewComment newComment(ReviewThread thread, String body, Actor author, Long reviewId, Long inReplyTo) {
    long id = model.ids().nextDatabaseId();
    ReviewComment comment = new ReviewComment(id, Ids.nodeId("PRRC", id), thread, author, body, model.now(), thread.path(),
        thread.line(), thread.pullRequest().headRefOid(), reviewId, inReplyTo);
    model.index(comment.id(), comment);
    return comment;
  }

  private void record(ReviewThread thread, String type, Actor by) {
    model.events().record(type, thread.pullRequest().repo().nameWithOwner(), thread.pullRequest().number(),
        thread.id() + " by " + by.login());
  }
}
