package dev.ao.sim.rest;

import dev.ao.sim.api.Credentials;
import dev.ao.sim.api.FaultInjector;
import dev.ao.sim.api.FaultInjector.Fault;
import dev.ao.sim.api.RateBudget;
import dev.ao.sim.api.RateLimitHeaders;
import dev.ao.sim.api.RateLimits;
import dev.ao.sim.api.RateResource;
import dev.ao.sim.api.RequestStats;
import dev.ao.sim.http.BadRequestException;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.HttpReply;
import dev.ao.sim.http.Router;
import dev.ao.sim.http.SimUrls;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.ops.OperationException;
import dev.ao.sim.ops.Operations;
import java.util.Map;
import java.util.Optional;

/**
 * The REST API under {@code /api/v3}. Every request goes through the same pipeline: authenticate, injected faults,
 * primary rate limit, the endpoint, then ETag / {@code If-None-Match} for GETs (a 304 is not charged, as GitHub
 * documents) and the {@code x-ratelimit-*} headers.
 */
public final class RestApi {

  private final GitHubModel model;
  private final RateLimits rateLimits;
  private final FaultInjector faults;
  private final RequestStats stats;
  private final Router<RestHandler> router = new Router<>();

  public RestApi(Operations ops, SimUrls urls, RateLimits rateLimits, FaultInjector faults, RequestStats stats) {
    this.model = ops.backend().model();
    this.rateLimits = rateLimits;
    this.faults = faults;
    this.stats = stats;
    RestContext ctx = new RestContext(ops, urls);
    new AccountEndpoints(ctx, rateLimits).register(router);
    new PullEndpoints(ctx).register(router);
    new ReviewEndpoints(ctx).register(router);
    new IssueEndpoints(ctx).register(router);
    new CheckEndpoints(ctx).register(router);
  }

  /** @param call a request whose path is relative to {@code /api/v3} */
  public HttpReply handle(HttpCall call) {
    Optional<String> token = Credentials.token(call.header("Authorization"));
    Actor caller = token.flatMap(model::actorForToken).orElse(null);
    if (token.isPresent() && caller == null) {
      stats.restResponse(401);
      return reply(RestErrors.badCredentials());
    }
    RateBudget budget = rateLimits.budget(caller == null ? RateLimits.ANONYMOUS : caller.login(), RateResource.CORE);
    Optional<Fault> fault = faults.next();
    if (fault.isPresent()) {
      return faultReply(fault.get(), caller, budget);
    }
    // GitHub does not charge /rate_limit, so clients can always ask when their budget comes back.
    boolean free = call.path().equals("/rate_limit");
    if (!free && budget.isExhausted(rateLimits.now())) {
      stats.rateLimited();
      return withRate(reply(RestErrors.message(403, "API rate limit exceeded for user ID " + userId(caller) + ".",
          RestErrors.RATE_LIMIT_DOCS)), budget);
    }
    RestResult result = dispatch(call, caller);
    HttpReply reply = reply(result);
    if (call.method().equals("GET") && result.status() == 200) {
      String etag = ETags.of(reply.body());
      if (ETags.matches(call.header("If-None-Match"), etag)) {
        stats.restResponse(304);
        return withRate(HttpReply.empty(304).header("etag", etag), budget);
      }
      reply.header("etag", etag)
          .header("cache-control", "private, max-age=60, s-maxage=60")
          .header("vary", "Accept, Authorization, Cookie, X-GitHub-OTP");
    }
    if (!free) {
      budget.tryConsume(1, rateLimits.now());
    }
    stats.restResponse(result.status());
    return withRate(reply, budget);
  }

  private RestResult dispatch(HttpCall call, Actor caller) {
    Optional<Router.Match<RestHandler>> match = router.match(call.method(), call.path());
    if (match.isEmpty()) {
      return RestErrors.notFound();
    }
    match.get().bind(call);
    try {
      // Handlers build their JSON under the model lock, so every response is one consistent snapshot.
      return model.callAtomically(() -> match.get().handler().handle(call, caller));
    } catch (OperationException e) {
      return RestErrors.of(e);
    } catch (RestContext.NotAuthenticatedException e) {
      return RestErrors.requiresAuthentication();
    } catch (BadRequestException e) {
      return RestErrors.message(400, e.getMessage(), RestErrors.DOCS);
    } catch (Exception e) {
      return RestErrors.message(500, "Server Error: " + e, RestErrors.DOCS);
    }
  }

  private HttpReply faultReply(Fault fault, Actor caller, RateBudget budget) {
    if (fault.kind() == Fault.Kind.SERVER_ERROR) {
      stats.restResponse(fault.status());
      return withRate(HttpReply.json(fault.status(), Map.of("message", "Server Error")), budget);
    }
    stats.rateLimited();
    RestResult body = RestErrors.message(fault.status(),
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        RestErrors.SECONDARY_DOCS);
    return withRate(reply(body), budget).header("retry-after", String.valueOf(fault.retryAfterSeconds()));
  }

  private HttpReply reply(RestResult result) {
    HttpReply reply = result.body() == null
        ? HttpReply.empty(result.status())
        : HttpReply.json(result.status(), result.body());
    result.headers().forEach(reply::header);
    return reply;
  }

  private HttpReply withRate(HttpReply reply, RateBudget budget) {
    return RateLimitHeaders.apply(reply, budget.snapshot(rateLimits.now()));
  }

  private static long userId(Actor caller) {
    return caller == null ? 0 : caller.id();
  }
}
