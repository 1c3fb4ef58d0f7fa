package dev.ao.sim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.Json;
import dev.ao.sim.http.Router;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.CheckAnnotation;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckRollup;
import dev.ao.sim.model.CheckRun;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.CommitStatus;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.StatusState;
import dev.ao.sim.ops.CheckRunInput;
import dev.ao.sim.ops.OperationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Checks API (check runs and annotations) and the Statuses API. */
final class CheckEndpoints {

  private final RestContext ctx;

  CheckEndpoints(RestContext ctx) {
    this.ctx = ctx;
  }

  void register(Router<RestHandler> router) {
    router.add("GET", "/repos/{owner}/{repo}/commits/{ref...}/check-runs", this::listForRef);
    router.add("GET", "/repos/{owner}/{repo}/commits/{ref...}/status", this::combinedStatus);
    router.add("GET", "/repos/{owner}/{repo}/commits/{ref...}/statuses", (call, caller) -> {
      Repo repo = ctx.repo(call, caller);
      List<CommitStatus> statuses = new ArrayList<>(repo.statusesFor(resolve(repo, call.param("ref"))));
      java.util.Collections.reverse(statuses);
      return Paging.page(call, ctx.urls().repoApi(repo.nameWithOwner()) + "/statuses",
          statuses.stream().map(s -> CheckJson.status(ctx.urls(), repo, s)).toList());
    });
    router.add("POST", "/repos/{owner}/{repo}/statuses/{sha}", this::createStatus);
    router.add("POST", "/repos/{owner}/{repo}/check-runs", (call, caller) -> {
      RestContext.requireCaller(caller);
      Repo repo = ctx.repo(call, caller);
      CheckRun run = ctx.ops().checks().create(repo, input(call.json()), caller);
      return RestResult.created(CheckJson.checkRun(ctx.urls(), run));
    });
    router.add("PATCH", "/repos/{owner}/{repo}/check-runs/{id}", (call, caller) -> {
      RestContext.requireCaller(caller);
      Repo repo = ctx.repo(call, caller);
      CheckRun run = ctx.ops().checks().update(repo, call.longParam("id"), input(call.json()));
      return RestResult.ok(CheckJson.checkRun(ctx.urls(), run));
    });
    router.add("GET", "/repos/{owner}/{repo}/check-runs/{id}", (call, caller) ->
        RestResult.ok(CheckJson.checkRun(ctx.urls(), checkRun(call, caller))));
    router.add("GET", "/repos/{owner}/{repo}/check-runs/{id}/annotations", (call, caller) -> {
      CheckRun run = checkRun(call, caller);
      return Paging.page(call, ctx.urls().repoApi(run.repo().nameWithOwner()) + "/check-runs/"
          + run.databaseId() + "/annotations",
          run.annotations().stream().map(a -> CheckJson.annotation(ctx.urls(), run, a)).toList());
    });
  }

  /** {@code filter=latest} (the default) keeps the newest run per name; {@code all} keeps every run. */
  private RestResult listForRef(HttpCall call, Actor caller) throws Exception {
    Repo repo = ctx.repo(call, caller);
    String sha = resolve(repo, call.param("ref"));
    List<CheckRun> runs = call.query("filter", "latest").equals("all")
        ? new ArrayList<>(repo.checkRunsFor(sha))
        : CheckRollup.of(repo, sha).map(r -> new ArrayList<>(r.checkRuns())).orElseGet(ArrayList::new);
    String name = call.query("check_name");
    String status = call.query("status");
    List<Map<String, Object>> json = runs.stream()
        .filter(run -> name == null || run.name().equals(name))
        .filter(run -> status == null || CheckJson.lower(run.status()).equals(status))
        .sorted((a, b) -> Long.compare(b.databaseId(), a.databaseId()))
        .map(run -> CheckJson.checkRun(ctx.urls(), run))
        .toList();
    RestResult page = Paging.page(call, ctx.urls().repoApi(repo.nameWithOwner()) + "/commits/" + sha
        + "/check-runs", json);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total_count", json.size());
    body.put("check_runs", page.body());
    return new RestResult(200, body, page.headers());
  }

  /** GitHub's combined status: failure if any failed or errored, pending if any pending or none, else success. */
  private RestResult combinedStatus(HttpCall call, Actor caller) throws Exception {
    Repo repo = ctx.repo(call, caller);
    String sha = resolve(repo, call.param("ref"));
    List<CommitStatus> latest = CheckRollup.of(repo, sha).map(CheckRollup::statuses).orElse(List.of());
    String state = "success";
    if (latest.isEmpty() || latest.stream().anyMatch(s -> s.state() == StatusState.PENDING)) {
      state = "pending";
    }
    if (latest.stream().anyMatch(s -> s.state() == StatusState.FAILURE || s.state() == StatusState.ERROR)) {
      state = "failure";
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", state);
    body.put("statuses", latest.stream().map(s -> CheckJson.status(ctx.urls(), repo, s)).toList());
    body.put("sha", sha);
    body.put("total_count", latest.size());
    body.put("repository", AccountJson.repo(ctx.urls(), repo));
    body.put("commit_url", ctx.urls().repoApi(repo.nameWithOwner()) + "/commits/" + sha);
    body.put("url", ctx.urls().repoApi(repo.nameWithOwner()) + "/commits/" + sha + "/status");
    return RestResult.ok(body);
  }

  private RestResult createStatus(HttpCall call, Actor caller) throws Exception {
    RestContext.requireCaller(caller);
    Repo repo = ctx.repo(call, caller);
    JsonNode body = call.json();
    CommitStatus status = ctx.ops().checks().createStatus(repo, call.param("sha"),
        parse(StatusState.class, Json.text(body, "state", null), "Status", "state"),
        Json.text(body, "target_url", null), Json.text(body, "description", null),
        Json.text(body, "context", null), caller);
    return RestResult.created(CheckJson.status(ctx.urls(), repo, status));
  }

  private String resolve(Repo repo, String ref) {
    String sha = ctx.ops().backend().git().resolve(repo, ref);
    if (sha == null) {
      throw OperationException.custom("Commit", "No commit found for SHA: " + ref);
    }
    return sha;
  }

  private CheckRun checkRun(HttpCall call, Actor caller) throws Exception {
    CheckRun run = ctx.repo(call, caller).checkRun(call.longParam("id"));
    if (run == null) {
      throw OperationException.notFound("Not Found");
    }
    return run;
  }

  private static CheckRunInput input(JsonNode body) {
    JsonNode output = body.path("output");
    List<CheckAnnotation> annotations = new ArrayList<>();
    for (JsonNode a : output.path("annotations")) {
      annotations.add(new CheckAnnotation(Json.text(a, "path", null), a.path("start_line").asInt(),
          a.path("end_line").asInt(a.path("start_line").asInt()), Json.text(a, "annotation_level", "notice"),
          Json.text(a, "message", null), Json.text(a, "title", null), Json.text(a, "raw_details", null)));
    }
    return new CheckRunInput(Json.text(body, "name", null), Json.text(body, "head_sha", null),
        parse(CheckStatus.class, Json.text(body, "status", null), "CheckRun", "status"),
        parse(CheckConclusion.class, Json.text(body, "conclusion", null), "CheckRun", "conclusion"),
        Json.text(body, "details_url", null), Json.text(body, "external_id", null),
        Json.text(output, "title", null), Json.text(output, "summary", null), Json.text(output, "text", null),
        annotations);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String resource, String field) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw OperationException.invalid(resource, field, "invalid");
    }
  }
}
