package dev.ao.sim.rest;

import dev.ao.sim.api.RateLimits;
import dev.ao.sim.api.RateResource;
import dev.ao.sim.api.RateSnapshot;
import dev.ao.sim.http.Router;
import dev.ao.sim.model.Actor;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /user}, {@code GET /rate_limit} and {@code GET /repos/{owner}/{repo}}. */
final class AccountEndpoints {

  private final RestContext ctx;
  private final RateLimits rateLimits;

  AccountEndpoints(RestContext ctx, RateLimits rateLimits) {
    this.ctx = ctx;
    this.rateLimits = rateLimits;
  }

  void register(Router<RestHandler> router) {
    router.add("GET", "/user", (call, caller) -> {
      Map<String, Object> json = AccountJson.user(ctx.urls(), RestContext.requireCaller(caller));
      json.put("name", caller.login());
      return RestResult.ok(json);
    });
    router.add("GET", "/rate_limit", (call, caller) -> RestResult.ok(rateLimit(caller)));
    router.add("GET", "/repos/{owner}/{repo}",
        (call, caller) -> RestResult.ok(AccountJson.repo(ctx.urls(), ctx.repo(call, caller))));
  }

  private Map<String, Object> rateLimit(Actor caller) {
    String login = caller == null ? RateLimits.ANONYMOUS : caller.login();
    Map<String, Object> resources = new LinkedHashMap<>();
    for (RateResource resource : RateResource.values()) {
      resources.put(resource.wireName(),
          window(rateLimits.budget(login, resource).snapshot(rateLimits.now())));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("resources", resources);
    json.put("rate", resources.get(RateResource.CORE.wireName()));
    return json;
  }

  static Map<String, Object> window(RateSnapshot snapshot) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("limit", snapshot.limit());
    json.put("used", snapshot.used());
    json.put("remaining", snapshot.remaining());
    json.put("reset", snapshot.resetEpochSecond());
    return json;
  }
}
