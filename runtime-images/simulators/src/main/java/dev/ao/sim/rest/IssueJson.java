package dev.ao.sim.rest;

import dev.ao.sim.http.SimUrls;
import dev.ao.sim.http.Times;
import dev.ao.sim.model.Issue;
import dev.ao.sim.model.IssueComment;
import dev.ao.sim.model.NumberedItem;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** REST shapes of issues (a PR read through the issues API carries a {@code pull_request} key) and comments. */
final class IssueJson {

  private IssueJson() {}

  static Map<String, Object> issue(SimUrls urls, NumberedItem item) {
    Repo repo = item.repo();
    String repoApi = urls.repoApi(repo.nameWithOwner());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("url", repoApi + "/issues/" + item.number());
    json.put("repository_url", repoApi);
    json.put("comments_url", repoApi + "/issues/" + item.number() + "/comments");
    json.put("html_url", item instanceof PullRequest
        ? urls.pullHtml(repo.nameWithOwner(), item.number())
        : urls.issueHtml(repo.nameWithOwner(), item.number()));
    json.put("id", item.databaseId());
    json.put("node_id", item.id());
    json.put("number", item.number());
    json.put("title", item.title());
    json.put("user", AccountJson.user(urls, item.author()));
    json.put("labels", AccountJson.labels(urls, repo, item.labels()));
    json.put("state", item.closed() ? "closed" : "open");
    json.put("state_reason", item instanceof Issue issue && issue.stateReason() != null
        ? issue.stateReason().toLowerCase(Locale.ROOT)
        : null);
    json.put("locked", false);
    json.put("assignee", null);
    json.put("assignees", List.of());
    json.put("milestone", null);
    json.put("comments", item.comments().size());
    json.put("created_at", Times.iso(item.createdAt()));
    json.put("updated_at", Times.iso(item.updatedAt()));
    json.put("closed_at", Times.iso(item.closedAt()));
    json.put("author_association", item.author().id() == repo.owner().id() ? "OWNER" : "CONTRIBUTOR");
    json.put("body", item.body());
    if (item instanceof PullRequest pr) {
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("url", repoApi + "/pulls/" + pr.number());
      link.put("html_url", urls.pullHtml(repo.nameWithOwner(), pr.number()));
      link.put("merged_at", Times.iso(pr.mergedAt()));
      json.put("pull_request", link);
    }
    return json;
  }

  static Map<String, Object> comment(SimUrls urls, Repo repo, IssueComment comment) {
    String repoApi = urls.repoApi(repo.nameWithOwner());
    boolean onPull = repo.pull(comment.itemNumber()) != null;
    String itemHtml = onPull
        ? urls.pullHtml(repo.nameWithOwner(), comment.itemNumber())
        : urls.issueHtml(repo.nameWithOwner(), comment.itemNumber());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", comment.databaseId());
    json.put("node_id", comment.id());
    json.put("url", repoApi + "/issues/comments/" + comment.databaseId());
    json.put("html_url", itemHtml + "#issuecomment-" + comment.databaseId());
    json.put("body", comment.body());
    json.put("user", AccountJson.user(urls, comment.author()));
    json.put("created_at", Times.iso(comment.createdAt()));
    json.put("updated_at", Times.iso(comment.updatedAt()));
    json.put("issue_url", repoApi + "/issues/" + comment.itemNumber());
    json.put("author_association", comment.author().id() == repo.owner().id() ? "OWNER" : "CONTRIBUTOR");
    return json;
  }
}
