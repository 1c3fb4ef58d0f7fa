package dev.ao.sim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.Json;
import dev.ao.sim.http.Router;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.Review;
import dev.ao.sim.model.ReviewState;
import dev.ao.sim.model.ReviewThread;
import dev.ao.sim.ops.OperationException;
import dev.ao.sim.ops.ReviewOperations.LineComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reviews ({@code /pulls/{n}/reviews}) and review comments ({@code /pulls/{n}/comments}). */
final class ReviewEndpoints {

  private final RestContext ctx;

  ReviewEndpoints(RestContext ctx) {
    this.ctx = ctx;
  }

  void register(Router<RestHandler> router) {
    router.add("GET", "/repos/{owner}/{repo}/pulls/{number}/reviews", (call, caller) -> {
      PullRequest pr = pull(call, caller);
      List<Map<String, Object>> json = pr.reviews().stream()
          .filter(review -> review.state() != ReviewState.PENDING || review.author().equals(caller))
          .map(review -> ReviewJson.review(ctx.urls(), pr, review))
          .toList();
      return Paging.page(call, pullUrl(pr) + "/reviews", json);
    });
    router.add("POST", "/repos/{owner}/{repo}/pulls/{number}/reviews", this::submit);
    router.add("GET", "/repos/{owner}/{repo}/pulls/{number}/comments", (call, caller) -> {
      PullRequest pr = pull(call, caller);
      List<Map<String, Object>> json = new ArrayList<>();
      for (ReviewThread thread : pr.reviewThreads()) {
        thread.comments().forEach(comment -> json.add(ReviewJson.comment(ctx.urls(), pr, comment)));
      }
      return Paging.page(call, pullUrl(pr) + "/comments", json);
    });
  }

  private RestResult submit(HttpCall call, Actor caller) throws Exception {
    RestContext.requireCaller(caller);
    PullRequest pr = pull(call, caller);
    JsonNode body = call.json();
    List<LineComment> comments = new ArrayList<>();
    for (JsonNode comment : body.path("comments")) {
      Integer line = comment.hasNonNull("line") ? comment.get("line").asInt() : null;
      comments.add(new LineComment(
          Json.text(comment, "path", null), line, Json.text(comment, "body", null)));
    }
    Review review = ctx.ops().reviews().submit(pr.repo(), pr.number(), caller,
        event(Json.text(body, "event", null)), Json.text(body, "body", null), comments);
    return RestResult.ok(ReviewJson.review(ctx.urls(), pr, review));
  }

  /** REST's event names; none means a pending review, as on GitHub. */
  private static ReviewState event(String event) {
    if (event == null || event.isEmpty()) {
      return ReviewState.PENDING;
    }
    return switch (event) {
      case "APPROVE" -> ReviewState.APPROVED;
      case "REQUEST_CHANGES" -> ReviewState.CHANGES_REQUESTED;
      case "COMMENT" -> ReviewState.COMMENTED;
      default -> throw OperationException.invalid("PullRequestReview", "event", "invalid");
    };
  }

  private PullRequest pull(HttpCall call, Actor caller) throws Exception {
    Repo repo = ctx.repo(call, caller);
    return ctx.ops().backend().pull(repo, call.intParam("number"));
  }

  private String pullUrl(PullRequest pr) {
    return ctx.urls().repoApi(pr.repo().nameWithOwner()) + "/pulls/" + pr.number();
  }
}
