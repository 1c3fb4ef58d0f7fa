package dev.ao.sim.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** GitHub's timestamp format: ISO-8601 UTC at second precision, e.g. {@code 2024-05-01T12:00:00Z}. */
public final class Times {

  private Times() {}

  public static String iso(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
