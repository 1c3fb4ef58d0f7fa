package dev.ao.sim.api;

/** A budget at one instant, as the {@code x-ratelimit-*} headers and {@code /rate_limit} report it. */
public record RateSnapshot(RateResource resource, int limit, int used, long resetEpochSecond) {

  public int remaining() {
    return Math.max(0, limit - used);
  }
}
