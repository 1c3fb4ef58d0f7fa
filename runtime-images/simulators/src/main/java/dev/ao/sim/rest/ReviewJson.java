package dev.ao.sim.rest;

import dev.ao.sim.http.SimUrls;
import dev.ao.sim.http.Times;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Review;
import dev.ao.sim.model.ReviewComment;
import java.util.LinkedHashMap;
import java.util.Map;

/** REST shapes of reviews and review (line) comments. */
final class ReviewJson {

  private ReviewJson() {}

  static Map<String, Object> review(SimUrls urls, PullRequest pr, Review review) {
    String repoName = pr.repo().nameWithOwner();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", review.databaseId());
    json.put("node_id", review.id());
    json.put("user", AccountJson.user(urls, review.author()));
    json.put("body", review.body());
    json.put("state", review.state().name());
    json.put("html_url", urls.pullHtml(repoName, pr.number()) + "#pullrequestreview-" + review.databaseId());
    json.put("pull_request_url", urls.repoApi(repoName) + "/pulls/" + pr.number());
    json.put("author_association", review.author().id() == pr.repo().owner().id() ? "OWNER" : "CONTRIBUTOR");
    json.put("submitted_at", Times.iso(review.submittedAt()));
    json.put("commit_id", review.commitId());
    return json;
  }

  static Map<String, Object> comment(SimUrls urls, PullRequest pr, ReviewComment comment) {
    String repoName = pr.repo().nameWithOwner();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("url", urls.repoApi(repoName) + "/pulls/comments/" + comment.databaseId());
    json.put("pull_request_review_id", comment.reviewId());
    json.put("id", comment.databaseId());
    json.put("node_id", comment.id());
    json.put("diff_hunk", "");
    json.put("path", comment.path());
    json.put("commit_id", comment.commitId());
    json.put("original_commit_id", comment.commitId());
    json.put("user", AccountJson.user(urls, comment.author()));
    json.put("body", comment.body());
    json.put("created_at", Times.iso(comment.createdAt()));
    json.put("updated_at", Times.iso(comment.updatedAt()));
    json.put("html_url", urls.pullHtml(repoName, pr.number()) + "#discussion_r" + comment.databaseId());
    json.put("pull_request_url", urls.repoApi(repoName) + "/pulls/" + pr.number());
    json.put("author_association", comment.author().id() == pr.repo().owner().id() ? "OWNER" : "CONTRIBUTOR");
    json.put("line", comment.line());
    json.put("original_line", comment.line());
    json.put("side", "RIGHT");
    json.put("subject_type", "line");
    if (comment.inReplyTo() != null) {
      json.put("in_reply_to_id", comment.inReplyTo());
    }
    return json;
  }
}
