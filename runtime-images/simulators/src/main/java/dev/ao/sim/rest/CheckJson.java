package dev.ao.sim.rest;

import dev.ao.sim.http.SimUrls;
import dev.ao.sim.http.Times;
import dev.ao.sim.model.CheckAnnotation;
import dev.ao.sim.model.CheckRun;
import dev.ao.sim.model.CommitStatus;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** REST shapes of check runs, annotations and commit statuses. */
final class CheckJson {

  private CheckJson() {}

  static Map<String, Object> checkRun(SimUrls urls, CheckRun run) {
    Repo repo = run.repo();
    String url = urls.repoApi(repo.nameWithOwner()) + "/check-runs/" + run.databaseId();
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("title", run.title());
    output.put("summary", run.summary());
    output.put("text", run.text());
    output.put("annotations_count", run.annotations().size());
    output.put("annotations_url", url + "/annotations");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", run.databaseId());
    json.put("head_sha", run.headSha());
    json.put("node_id", run.id());
    json.put("external_id", run.externalId() == null ? "" : run.externalId());
    json.put("url", url);
    json.put("html_url", urls.repoHtml(repo.nameWithOwner()) + "/runs/" + run.databaseId());
    json.put("details_url", run.detailsUrl());
    json.put("status", lower(run.status()));
    json.put("conclusion", run.conclusion() == null ? null : lower(run.conclusion()));
    json.put("started_at", Times.iso(run.startedAt()));
    json.put("completed_at", Times.iso(run.completedAt()));
    json.put("output", output);
    json.put("name", run.name());
    json.put("check_suite", Map.of("id", run.databaseId()));
    json.put("app", app(urls, run));
    json.put("pull_requests", pullRequests(urls, run));
    return json;
  }

  private static Map<String, Object> app(SimUrls urls, CheckRun run) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", run.app().id());
    json.put("slug", run.app().login());
    json.put("node_id", Ids.nodeId("A", run.app().id()));
    json.put("owner", AccountJson.user(urls, run.repo().owner()));
    json.put("name", run.app().login());
    return json;
  }

  private static List<Map<String, Object>> pullRequests(SimUrls urls, CheckRun run) {
    List<Map<String, Object>> result = new ArrayList<>();
    String repoApi = urls.repoApi(run.repo().nameWithOwner());
    for (PullRequest pr : run.repo().pulls()) {
      if (pr.isOpen() && run.headSha().equals(pr.headRefOid())) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", repoApi + "/pulls/" + pr.number());
        json.put("id", pr.databaseId());
        json.put("number", pr.number());
        json.put("head", Map.of("ref", pr.headRefName(), "sha", pr.headRefOid()));
        json.put("base", Map.of("ref", pr.baseRefName()));
        result.add(json);
      }
    }
    return result;
  }

  static Map<String, Object> annotation(SimUrls urls, CheckRun run, CheckAnnotation annotation) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("path", annotation.path());
    json.put("blob_href",
        urls.repoHtml(run.repo().nameWithOwner()) + "/blob/" + run.headSha() + "/" + annotation.path());
    json.put("start_line", annotation.startLine());
    json.put("start_column", null);
    json.put("end_line", annotation.endLine());
    json.put("end_column", null);
    json.put("annotation_level", annotation.level());
    json.put("title", annotation.title());
    json.put("message", annotation.message());
    json.put("raw_details", annotation.rawDetails());
    return json;
  }

  static Map<String, Object> status(SimUrls urls, Repo repo, CommitStatus status) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("url", urls.repoApi(repo.nameWithOwner()) + "/statuses/" + status.sha());
    json.put("avatar_url", status.creator() == null ? null : urls.avatar(status.creator().id()));
    json.put("id", status.databaseId());
    json.put("node_id", status.id());
    json.put("state", lower(status.state()));
    json.put("description", status.description());
    json.put("target_url", status.targetUrl());
    json.put("context", status.context());
    json.put("created_at", Times.iso(status.createdAt()));
    json.put("updated_at", Times.iso(status.createdAt()));
    json.put("creator", AccountJson.user(urls, status.creator()));
    return json;
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
