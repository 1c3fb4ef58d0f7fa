package dev.ao.sim.rest;

import dev.ao.sim.http.SimUrls;
import dev.ao.sim.http.Times;
import dev.ao.sim.model.MergeableState;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.PullRequestAssessment;
import dev.ao.sim.ops.GitHubBackend;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * REST shapes of pull requests. Lists return GitHub's "simple" form; a single GET adds the mergeability and
 * counts that GitHub only computes there ({@code merged}, {@code mergeable}, {@code mergeable_state} ...).
 */
final class PullJson {

  private PullJson() {}

  static Map<String, Object> simple(RestContext ctx, PullRequest pr) {
    SimUrls urls = ctx.urls();
    String repoName = pr.repo().nameWithOwner();
    String api = urls.repoApi(repoName) + "/pulls/" + pr.number();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("url", api);
    json.put("id", pr.databaseId());
    json.put("node_id", pr.id());
    json.put("html_url", urls.pullHtml(repoName, pr.number()));
    json.put("diff_url", urls.pullHtml(repoName, pr.number()) + ".diff");
    json.put("patch_url", urls.pullHtml(repoName, pr.number()) + ".patch");
    json.put("issue_url", urls.repoApi(repoName) + "/issues/" + pr.number());
    json.put("commits_url", api + "/commits");
    json.put("review_comments_url", api + "/comments");
    json.put("comments_url", urls.repoApi(repoName) + "/issues/" + pr.number() + "/comments");
    json.put("statuses_url", urls.repoApi(repoName) + "/statuses/" + pr.headRefOid());
    json.put("number", pr.number());
    json.put("state", pr.isOpen() ? "open" : "closed");
    json.put("locked", false);
    json.put("title", pr.title());
    json.put("user", AccountJson.user(urls, pr.author()));
    json.put("body", pr.body());
    json.put("labels", AccountJson.labels(urls, pr.repo(), pr.labels()));
    json.put("milestone", null);
    json.put("created_at", Times.iso(pr.createdAt()));
    json.put("updated_at", Times.iso(pr.updatedAt()));
    json.put("closed_at", Times.iso(pr.closedAt()));
    json.put("merged_at", Times.iso(pr.mergedAt()));
    json.put("merge_commit_sha", pr.mergeCommitOid());
    json.put("assignee", null);
    json.put("assignees", java.util.List.of());
    json.put("requested_reviewers", java.util.List.of());
    json.put("requested_teams", java.util.List.of());
    json.put("head", ref(ctx, pr, pr.headRefName(), pr.headRefOid()));
    json.put("base", ref(ctx, pr, pr.baseRefName(), ctx.ops().backend().baseSha(pr)));
    json.put("author_association", pr.author().id() == pr.repo().owner().id() ? "OWNER" : "CONTRIBUTOR");
    json.put("auto_merge", null);
    json.put("draft", pr.isDraft());
    return json;
  }

  static Map<String, Object> full(RestContext ctx, PullRequest pr) {
    GitHubBackend backend = ctx.ops().backend();
    PullRequestAssessment assessment = backend.assessor().assess(pr);
    Map<String, Object> json = simple(ctx, pr);
    json.put("merged", pr.merged());
    json.put("mergeable", mergeable(assessment.mergeable()));
    json.put("rebaseable", mergeable(assessment.mergeable()));
    json.put("mergeable_state", assessment.mergeStateStatus().name().toLowerCase(Locale.ROOT));
    json.put("merged_by", AccountJson.user(ctx.urls(), pr.mergedBy()));
    json.put("comments", pr.comments().size());
    json.put("review_comments",
        pr.reviewThreads().stream().mapToInt(thread -> thread.comments().size()).sum());
    json.put("maintainer_can_modify", false);
    json.put("commits", commitCount(backend, pr));
    return json;
  }

  private static int commitCount(GitHubBackend backend, PullRequest pr) {
    if (pr.commitOidsWhenMerged() != null) {
      return pr.commitOidsWhenMerged().size();
    }
    String base = backend.baseSha(pr);
    return base == null ? 0 : backend.git().commitsBetween(pr.repo(), base, pr.headRefOid()).size();
  }

  /** REST's tri-state: true, false, or null while GitHub has not computed it. */
  private static Boolean mergeable(MergeableState state) {
    return switch (state) {
      case MERGEABLE -> Boolean.TRUE;
      case CONFLICTING -> Boolean.FALSE;
      case UNKNOWN -> null;
    };
  }

  private static Map<String, Object> ref(RestContext ctx, PullRequest pr, String name, String sha) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("label", pr.repo().owner().login() + ":" + name);
    json.put("ref", name);
    json.put("sha", sha);
    json.put("user", AccountJson.user(ctx.urls(), pr.repo().owner()));
    json.put("repo", AccountJson.repo(ctx.urls(), pr.repo()));
    return json;
  }
}
