package dev.ao.sim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.Json;
import dev.ao.sim.http.Router;
import dev.ao.sim.model.MergeMethod;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import dev.ao.sim.ops.OperationException;
import dev.ao.sim.ops.PullRequestOperations.MergeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The pulls API: list, get, create, update, merge. */
final class PullEndpoints {

  private final RestContext ctx;

  PullEndpoints(RestContext ctx) {
    this.ctx = ctx;
  }

  void register(Router<RestHandler> router) {
    router.add("GET", "/repos/{owner}/{repo}/pulls", this::list);
    router.add("POST", "/repos/{owner}/{repo}/pulls", this::create);
    router.add("GET", "/repos/{owner}/{repo}/pulls/{number}", (call, caller) -> {
      Repo repo = ctx.repo(call, caller);
      return RestResult.ok(PullJson.full(ctx, ctx.ops().backend().pull(repo, call.intParam("number"))));
    });
    router.add("PATCH", "/repos/{owner}/{repo}/pulls/{number}", (call, caller) -> {
      RestContext.requireCaller(caller);
      Repo repo = ctx.repo(call, caller);
      JsonNode body = call.json();
      PullRequest pr = ctx.ops().pulls().update(repo, call.intParam("number"), Json.text(body, "title", null),
          Json.text(body, "body", null), Json.text(body, "state", null), Json.text(body, "base", null));
      return RestResult.ok(PullJson.full(ctx, pr));
    });
    router.add("PUT", "/repos/{owner}/{repo}/pulls/{number}/merge", this::merge);
    router.add("GET", "/repos/{owner}/{repo}/pulls/{number}/merge", (call, caller) -> {
      PullRequest pr = ctx.ops().backend().pull(ctx.repo(call, caller), call.intParam("number"));
      return pr.merged() ? RestResult.of(204, null) : RestErrors.notFound();
    });
  }

  private RestResult list(HttpCall call, dev.ao.sim.model.Actor caller) throws Exception {
    Repo repo = ctx.repo(call, caller);
    String state = call.query("state", "open");
    String head = call.query("head");
    String headBranch = head == null ? null : head.substring(head.indexOf(':') + 1);
    String headOwner = head != null && head.contains(":") ? head.substring(0, head.indexOf(':')) : null;
    String base = call.query("base");
    List<PullRequest> matches = new ArrayList<>();
    for (PullRequest pr : repo.pulls()) {
      boolean stateMatches = state.equals("all") || (state.equals("open") == pr.isOpen());
      boolean headMatches = headBranch == null
          || (pr.headRefName().equals(headBranch)
              && (headOwner == null || headOwner.equalsIgnoreCase(repo.owner().login())));
      boolean baseMatches = base == null || pr.baseRefName().equals(base);
      if (stateMatches && headMatches && baseMatches) {
        matches.add(pr);
      }
    }
    String sort = call.query("sort", "created");
    Comparator<PullRequest> order = sort.equals("updated")
        ? Comparator.comparing(PullRequest::updatedAt).thenComparing(PullRequest::number)
        : Comparator.comparing(PullRequest::number);
    String defaultDirection = sort.equals("created") ? "desc" : "asc";
    if (call.query("direction", defaultDirection).equals("desc")) {
      order = order.reversed();
    }
    matches.sort(order);
    List<Map<String, Object>> json = matches.stream().map(pr -> PullJson.simple(ctx, pr)).toList();
    return Paging.page(call, ctx.urls().repoApi(repo.nameWithOwner()) + "/pulls", json);
  }

  private RestResult create(HttpCall call, dev.ao.sim.model.Actor caller) throws Exception {
    RestContext.requireCaller(caller);
    Repo repo = ctx.repo(call, caller);
    JsonNode body = call.json();
    PullRequest pr = ctx.ops().pulls().create(repo, Json.text(body, "title", null), Json.text(body, "head", null),
        Json.text(body, "base", null), Json.text(body, "body", ""), body.path("draft").asBoolean(false), caller);
    return RestResult.created(PullJson.full(ctx, pr))
        .header("location", ctx.urls().repoApi(repo.nameWithOwner()) + "/pulls/" + pr.number());
  }

  private RestResult merge(HttpCall call, dev.ao.sim.model.Actor caller) throws Exception {
    RestContext.requireCaller(caller);
    Repo repo = ctx.repo(call, caller);
    JsonNode body = call.json();
    MergeMethod method;
    try {
      method = MergeMethod.valueOf(Json.text(body, "merge_method", "merge").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw OperationException.invalid("PullRequest", "merge_method", "invalid");
    }
    MergeResult result = ctx.ops().pulls().merge(repo, call.intParam("number"), method,
        Json.text(body, "sha", null), Json.text(body, "commit_title", null),
        Json.text(body, "commit_message", null), caller);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sha", result.sha());
    json.put("merged", true);
    json.put("message", result.message());
    return RestResult.ok(json);
  }
}
