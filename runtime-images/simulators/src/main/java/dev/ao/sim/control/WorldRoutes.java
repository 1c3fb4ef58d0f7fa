package dev.ao.sim.control;

import static dev.ao.sim.control.ControlJson.enumValue;
import static dev.ao.sim.control.ControlJson.required;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.Json;
import dev.ao.sim.http.Router;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.MergeMethod;
import dev.ao.sim.model.MergeableState;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.RepoSpec;
import dev.ao.sim.model.ReviewState;
import dev.ao.sim.model.StatusState;
import dev.ao.sim.ops.CiPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /_sim} endpoints that shape the simulated world: repositories, commits, issues, PRs, reviews, CI. */
final class WorldRoutes {

  private static final String REPO = "/repos/{owner}/{repo}";

  private final SimulatorControl control;

  WorldRoutes(SimulatorControl control) {
    this.control = control;
  }

  void register(Router<ControlHandler> router) {
    router.add("POST", "/repos", call -> {
      JsonNode b = call.json();
      Repo repo = control.createRepo(new RepoSpec(required(b, "owner"), required(b, "name"),
          Json.text(b, "defaultBranch", "main"), b.path("anonymousRead").asBoolean(false),
          ControlJson.protection(b), b.has("files") ? ControlJson.files(b) : Map.of("README.md", "# repo\n")));
      return Map.of("fullName", repo.nameWithOwner(), "defaultBranch", repo.defaultBranch());
    });
    router.add("PUT", REPO + "/protection/{branch...}", call -> {
      control.protectBranch(o(call), r(call), call.param("branch"), ControlJson.protection(call.json()));
      return null;
    });
    router.add("POST", REPO + "/commits", call -> {
      JsonNode b = call.json();
      return Map.of("sha", control.commit(o(call), r(call), required(b, "branch"),
          Json.text(b, "message", "Update files"), ControlJson.files(b), Json.text(b, "author", o(call))));
    });
    router.add("POST", REPO + "/branches", call -> {
      JsonNode b = call.json();
      return Map.of("sha", control.createBranch(o(call), r(call), required(b, "branch"), required(b, "from")));
    });
    router.add("POST", REPO + "/issues", call -> {
      JsonNode b = call.json();
      return Map.of("number", control.createIssue(o(call), r(call), required(b, "title"), Json.text(b, "body", ""),
          ControlJson.strings(b, "labels"), Json.text(b, "author", o(call))));
    });
    router.add("POST", REPO + "/issues/{number}/state", call -> {
      JsonNode b = call.json();
      control.setIssueClosed(o(call), r(call), call.intParam("number"),
          "closed".equals(required(b, "state")), Json.text(b, "reason", null));
      return null;
    });
    router.add("POST", REPO + "/issues/{number}/comments", call -> {
      JsonNode b = call.json();
      return Map.of("id", control.comment(o(call), r(call), call.intParam("number"), required(b, "body"),
          required(b, "author"), b.path("bot").asBoolean(false)));
    });
    registerPulls(router);
    registerReviews(router);
    registerChecks(router);
  }

  private void registerPulls(Router<ControlHandler> router) {
    router.add("POST", REPO + "/pulls", call -> {
      JsonNode b = call.json();
      return Map.of("number", control.createPullRequest(o(call), r(call), required(b, "head"),
          Json.text(b, "base", null), required(b, "title"), Json.text(b, "body", ""),
          Json.text(b, "author", o(call))));
    });
    router.add("POST", REPO + "/pulls/{number}/mergeable", call -> {
      control.setMergeable(o(call), r(call), call.intParam("number"),
          enumValue(MergeableState.class, call.json(), "mergeable"));
      return null;
    });
    router.add("POST", REPO + "/pulls/{number}/draft", call -> {
      control.setDraft(o(call), r(call), call.intParam("number"), call.json().path("draft").asBoolean(true));
      return null;
    });
    router.add("POST", REPO + "/pulls/{number}/close", call -> {
      control.closePullRequest(o(call), r(call), call.intParam("number"));
      return null;
    });
    router.add("POST", REPO + "/pulls/{number}/merge", call -> {
      JsonNode b = call.json();
      MergeMethod method = enumValue(MergeMethod.class, b, "method");
      return Map.of("sha", control.mergePullRequest(o(call), r(call), call.intParam("number"),
          method == null ? MergeMethod.MERGE : method, Json.text(b, "by", o(call))));
    });
  }

  private void registerReviews(Router<ControlHandler> router) {
    router.add("POST", REPO + "/pulls/{number}/reviews", call -> {
      JsonNode b = call.json();
      return Map.of("id", control.submitReview(o(call), r(call), call.intParam("number"), required(b, "reviewer"),
          b.path("bot").asBoolean(false), enumValue(ReviewState.class, b, "state"), Json.text(b, "body", "")));
    });
    router.add("POST", REPO + "/pulls/{number}/threads", call -> {
      JsonNode b = call.json();
      Integer line = b.hasNonNull("line") ? b.get("line").asInt() : null;
      return Map.of("id", control.addReviewThread(o(call), r(call), call.intParam("number"), required(b, "path"),
          line, required(b, "body"), required(b, "author"), b.path("bot").asBoolean(false)));
    });
    router.add("POST", "/threads/{id}/replies", call -> {
      JsonNode b = call.json();
      control.replyToThread(call.param("id"), required(b, "body"), required(b, "author"),
          b.path("bot").asBoolean(false));
      return null;
    });
    router.add("POST", "/threads/{id}/resolve", call -> {
      JsonNode b = call.json();
      control.resolveThread(call.param("id"), b.path("resolved").asBoolean(true), required(b, "by"));
      return null;
    });
  }

  private void registerChecks(Router<ControlHandler> router) {
    router.add("POST", REPO + "/check-runs", call -> {
      JsonNode b = call.json();
      return Map.of("id", control.setCheckRun(o(call), r(call), required(b, "ref"), required(b, "name"),
          enumValue(CheckStatus.class, b, "status"), enumValue(CheckConclusion.class, b, "conclusion")));
    });
    router.add("PATCH", REPO + "/check-runs/{id}", call -> {
      control.completeCheckRun(o(call), r(call), call.longParam("id"),
          enumValue(CheckConclusion.class, call.json(), "conclusion"));
      return null;
    });
    router.add("POST", REPO + "/statuses", call -> {
      JsonNode b = call.json();
      control.setCommitStatus(o(call), r(call), required(b, "ref"), required(b, "context"),
          enumValue(StatusState.class, b, "state"));
      return null;
    });
    router.add("PUT", REPO + "/ci", call -> {
      control.setCiPolicy(o(call), r(call), ciPolicy(call.json()));
      return null;
    });
  }

  /**
   * {@code {"mode":"off"}} removes the policy; {@code {"mode":"pending","checkName":"ci"}} leaves checks running;
   * otherwise {@code {"checkName":"ci","conclusions":["failure","success"],"delayMillis":0}} is a sequence per branch.
   */
  private static CiPolicy ciPolicy(JsonNode body) throws Exception {
    String mode = Json.text(body, "mode", "sequence");
    String name = Json.text(body, "checkName", "ci");
    if (mode.equals("off")) {
      return null;
    }
    if (mode.equals("pending")) {
      return CiPolicy.pending(name);
    }
    List<CheckConclusion> steps = new ArrayList<>();
    for (String step : ControlJson.strings(body, "conclusions")) {
      steps.add(CheckConclusion.valueOf(step.toUpperCase(java.util.Locale.ROOT)));
    }
    if (steps.isEmpty()) {
      steps.add(CheckConclusion.SUCCESS);
    }
    return CiPolicy.sequence(name, steps, Duration.ofMillis(body.path("delayMillis").asLong(0)));
  }

  private static String o(HttpCall call) {
    return call.param("owner");
  }

  private static String r(HttpCall call) {
    return call.param("repo");
  }
}
