package dev.ao.sim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.Json;
import dev.ao.sim.http.Router;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.Issue;
import dev.ao.sim.model.IssueComment;
import dev.ao.sim.model.NumberedItem;
import dev.ao.sim.model.Repo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The issues API: issues (which include PRs, as on GitHub) and conversation comments. */
final class IssueEndpoints {

  private final RestContext ctx;

  IssueEndpoints(RestContext ctx) {
    this.ctx = ctx;
  }

  void register(Router<RestHandler> router) {
    router.add("GET", "/repos/{owner}/{repo}/issues", this::list);
    router.add("POST", "/repos/{owner}/{repo}/issues", this::create);
    router.add("GET", "/repos/{owner}/{repo}/issues/{number}", (call, caller) ->
        RestResult.ok(IssueJson.issue(ctx.urls(), item(call, caller))));
    router.add("PATCH", "/repos/{owner}/{repo}/issues/{number}", this::update);
    router.add("GET", "/repos/{owner}/{repo}/issues/{number}/comments", (call, caller) -> {
      NumberedItem item = item(call, caller);
      List<Map<String, Object>> json = item.comments().stream()
          .map(comment -> IssueJson.comment(ctx.urls(), item.repo(), comment))
          .toList();
      return Paging.page(call, issueUrl(item) + "/comments", json);
    });
    router.add("POST", "/repos/{owner}/{repo}/issues/{number}/comments", (call, caller) -> {
      RestContext.requireCaller(caller);
      NumberedItem item = item(call, caller);
      IssueComment comment =
          ctx.ops().issues().comment(item.repo(), item.number(), Json.text(call.json(), "body", null), caller);
      return RestResult.created(IssueJson.comment(ctx.urls(), item.repo(), comment));
    });
  }

  private RestResult list(HttpCall call, Actor caller) throws Exception {
    Repo repo = ctx.repo(call, caller);
    String state = call.query("state", "open");
    List<String> labels = call.query("labels") == null
        ? List.of()
        : Arrays.stream(call.query("labels").split(",")).map(String::strip).toList();
    List<NumberedItem> items = new ArrayList<>(repo.issues());
    items.addAll(repo.pulls());
    items.sort((a, b) -> Integer.compare(b.number(), a.number()));
    List<Map<String, Object>> json = items.stream()
        .filter(item -> state.equals("all") || state.equals("open") != item.closed())
        .filter(item -> item.labels().containsAll(labels))
        .map(item -> IssueJson.issue(ctx.urls(), item))
        .toList();
    return Paging.page(call, ctx.urls().repoApi(repo.nameWithOwner()) + "/issues", json);
  }

  private RestResult create(HttpCall call, Actor caller) throws Exception {
    RestContext.requireCaller(caller);
    Repo repo = ctx.repo(call, caller);
    JsonNode body = call.json();
    Issue issue = ctx.ops().issues().create(
        repo, Json.text(body, "title", null), Json.text(body, "body", ""), labels(body), caller);
    return RestResult.created(IssueJson.issue(ctx.urls(), issue));
  }

  private RestResult update(HttpCall call, Actor caller) throws Exception {
    RestContext.requireCaller(caller);
    NumberedItem item = item(call, caller);
    JsonNode body = call.json();
    String state = Json.text(body, "state", null);
    if (item instanceof Issue && state != null) {
      String reason = Json.text(body, "state_reason", null);
      ctx.ops().issues().setState(item.repo(), item.number(), state.equals("closed"),
          reason == null ? null : reason.toUpperCase(Locale.ROOT));
    } else if (state != null) {
      ctx.ops().pulls().update(item.repo(), item.number(), null, null, state, null);
    }
    ctx.ops().issues().edit(item.repo(), item.number(), Json.text(body, "title", null),
        body.has("body") ? Json.text(body, "body", "") : null, body.has("labels") ? labels(body) : null);
    return RestResult.ok(IssueJson.issue(ctx.urls(), item));
  }

  /** Labels come as names or as {@code {"name": ...}} objects. */
  private static List<String> labels(JsonNode body) {
    List<String> names = new ArrayList<>();
    for (JsonNode label : body.path("labels")) {
      names.add(label.isObject() ? label.path("name").asText() : label.asText());
    }
    return names;
  }

  private NumberedItem item(HttpCall call, Actor caller) throws Exception {
    Repo repo = ctx.repo(call, caller);
    return ctx.ops().issues().item(repo, call.intParam("number"));
  }

  private String issueUrl(NumberedItem item) {
    return ctx.urls().repoApi(item.repo().nameWithOwner()) + "/issues/" + item.number();
  }
}
