package dev.ao.sim.api;

import java.util.Locale;

/** GitHub's rate-limit buckets the simulator keeps: REST ({@code core}) and GraphQL points. */
public enum RateResource {
  CORE,
  GRAPHQL;

  /** The spelling of {@code x-ratelimit-resource} and of {@code /rate_limit}'s keys. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RateResource fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
