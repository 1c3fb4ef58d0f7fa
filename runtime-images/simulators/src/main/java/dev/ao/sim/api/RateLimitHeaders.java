package dev.ao.sim.api;

import dev.ao.sim.http.HttpReply;

/** GitHub's {@code x-ratelimit-*} response headers. */
public final class RateLimitHeaders {

  private RateLimitHeaders() {}

  public static HttpReply apply(HttpReply reply, RateSnapshot snapshot) {
    return reply
        .header("x-ratelimit-limit", String.valueOf(snapshot.limit()))
        .header("x-ratelimit-remaining", String.valueOf(snapshot.remaining()))
        .header("x-ratelimit-used", String.valueOf(snapshot.used()))
        .header("x-ratelimit-reset", String.valueOf(snapshot.resetEpochSecond()))
        .header("x-ratelimit-resource", snapshot.resource().wireName());
  }
}
