package dev.ao.cli.output;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Ages as kubectl prints them: 45s, 3m20s, 12m, 5h3m, 19h, 3d4h, 12d, 2y. */
public final class Ages {
  private Ages() {}

  /** The age of an RFC 3339 timestamp at {@code now}; "-" when unknown. */
  public static String since(String timestamp, Instant now) {
    if (timestamp == null || timestamp.isBlank()) {
      return "-";
    }
    try {
      return format(Duration.between(Instant.parse(timestamp), now));
    } catch (DateTimeParseException e) {
      return "-";
    }
  }

  public static String format(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 120) {
      return s + "s";
    }
    long m = s / 60;
    if (m < 10) {
      return s % 60 == 0 ? m + "m" : m + "m" + (s % 60) + "s";
    }
    if (m < 180) {
      return m + "m";
    }
    long h = m / 60;
    if (h < 8) {
      return m % 60 == 0 ? h + "h" : h + "h" + (m % 60) + "m";
    }
    if (h < 48) {
      return h + "h";
    }
    long days = h / 24;
    if (days < 8) {
      return h % 24 == 0 ? days + "d" : days + "d" + (h % 24) + "h";
    }
    if (days < 730) {
      return days + "d";
    }
    return (days / 365) + "y";
  }
}
