package dev.ao.sim.graphql;

import dev.ao.sim.graphql.Nodes.CommitNode;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Review;
import dev.ao.sim.model.ReviewComment;
import dev.ao.sim.model.ReviewThread;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;

/** {@code PullRequestReview}, {@code PullRequestReviewThread} and {@code PullRequestReviewComment}. */
final class ReviewWiring {

  private final SchemaContext ctx;

  ReviewWiring(SchemaContext ctx) {
    this.ctx = ctx;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("PullRequestReview", type -> type
        .dataFetcher("commit", env -> {
          Review review = env.getSource();
          return review.commitId() == null ? null : new CommitNode(review.pullRequest().repo(), review.commitId());
        })
        .dataFetcher("createdAt", env -> {
          Review review = env.getSource();
          return review.submittedAt() != null ? review.submittedAt() : review.pullRequest().updatedAt();
        })
        .dataFetcher("url", env -> {
          Review review = env.getSource();
          return pullUrl(review.pullRequest()) + "#pullrequestreview-" + review.databaseId();
        }));
    wiring.type("PullRequestReviewThread", type -> type
        .dataFetcher("comments", env -> {
          ReviewThread thread = env.getSource();
          Integer skip = env.getArgument("skip");
          List<ReviewComment> comments = thread.comments();
          if (skip != null && skip > 0) {
            comments = comments.subList(Math.min(skip, comments.size()), comments.size());
          }
          return Connections.page(comments, env);
        })
        .dataFetcher("diffSide", env -> "RIGHT")
        .dataFetcher("isCollapsed", env -> ((ReviewThread) env.getSource()).isResolved())
        .dataFetcher("originalLine", env -> ((ReviewThread) env.getSource()).line())
        .dataFetcher("repository", env -> ((ReviewThread) env.getSource()).pullRequest().repo()));
    wiring.type("PullRequestReviewComment", type -> type
        .dataFetcher("diffHunk", env -> "")
        .dataFetcher("originalLine", env -> ((ReviewComment) env.getSource()).line())
        .dataFetcher("outdated", env -> ((ReviewComment) env.getSource()).thread().isOutdated())
        .dataFetcher("replyTo", env -> {
          ReviewComment comment = env.getSource();
          return comment.inReplyTo() == null ? null : comment.thread().firstComment();
        })
        .dataFetcher("url", env -> {
          ReviewComment comment = env.getSource();
          return pullUrl(comment.thread().pullRequest()) + "#discussion_r" + comment.databaseId();
        }));
  }

  private String pullUrl(PullRequest pr) {
    return ctx.urls().pullHtml(pr.repo().nameWithOwner(), pr.number());
  }
}
