package dev.ao.cli.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/** Ids for messages sent from the CLI: cli-<epoch millis>-<random>, unique without reading the Session first. */
public final class MessageIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private MessageIds() {}

  public static String next(Clock clock) {
    byte[] random = new byte[3];
    RANDOM.nextBytes(random);
    return "cli-" + clock.millis() + "-" + HexFormat.of().formatHex(random);
  }
}
