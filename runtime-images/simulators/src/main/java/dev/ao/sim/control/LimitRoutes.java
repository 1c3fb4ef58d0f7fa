package dev.ao.sim.control;

import static dev.ao.sim.control.ControlJson.required;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.api.RateResource;
import dev.ao.sim.http.Json;
import dev.ao.sim.http.Router;
import java.time.Instant;
import java.util.Map;

/** {@code /_sim} endpoints for accounts, rate limits, faults, counters and the event log. */
final class LimitRoutes {

  private final SimulatorControl control;

  LimitRoutes(SimulatorControl control) {
    this.control = control;
  }

  void register(Router<ControlHandler> router) {
    router.add("POST", "/tokens", call -> {
      JsonNode b = call.json();
      if (b.path("bot").asBoolean(false)) {
        control.addBotToken(required(b, "token"), required(b, "login"));
      } else {
        control.addToken(required(b, "token"), required(b, "login"));
      }
      return null;
    });
    router.add("PUT", "/rate-limits", call -> {
      JsonNode b = call.json();
      control.setRateLimit(required(b, "login"), resource(b), b.path("limit").asInt(5000),
          b.path("remaining").asInt(), resetAt(b));
      return null;
    });
    router.add("POST", "/rate-limits/exhaust", call -> {
      JsonNode b = call.json();
      control.exhaustRateLimit(resource(b), resetAt(b));
      return null;
    });
    router.add("POST", "/rate-limits/reset", call -> {
      control.resetRateLimits();
      return null;
    });
    router.add("POST", "/faults", call -> {
      JsonNode b = call.json();
      int count = b.path("count").asInt(1);
      switch (required(b, "kind")) {
        case "server-error" -> control.failNextRequests(count, b.path("status").asInt(502));
        case "secondary-rate-limit" -> control.secondaryRateLimitNext(count, b.path("status").asInt(429),
            b.path("retryAfterSeconds").asInt(60));
        default -> throw new IllegalArgumentException("kind is server-error or secondary-rate-limit");
      }
      return null;
    });
    router.add("DELETE", "/faults", call -> {
      control.clearFaults();
      return null;
    });
    router.add("GET", "/stats", call -> control.stats());
    router.add("POST", "/stats/reset", call -> {
      control.resetStats();
      return null;
    });
    router.add("GET", "/events", call -> Map.of("events", control.events(Long.parseLong(call.query("since", "0")))));
    router.add("DELETE", "/events", call -> {
      control.clearEvents();
      return null;
    });
  }

  private static RateResource resource(JsonNode body) {
    return RateResource.fromWireName(Json.text(body, "resource", "core"));
  }

  /** Epoch seconds, like {@code x-ratelimit-reset}; defaults to an hour from now. */
  private static Instant resetAt(JsonNode body) {
    return body.hasNonNull("resetAt")
        ? Instant.ofEpochSecond(body.get("resetAt").asLong())
        : Instant.now().plusSeconds(3600);
  }
}
