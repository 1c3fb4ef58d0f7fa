package dev.ao.sim.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Database ids (one sequence for everything, like GitHub's numeric ids) and opaque GraphQL node ids that carry
 * GitHub's type prefixes ({@code PR_}, {@code PRRT_} ...), so clients that log or pattern-match them see familiar
 * shapes.
 */
public final class Ids {

  private final AtomicLong sequence = new AtomicLong(1000);

  public long nextDatabaseId() {
    return sequence.incrementAndGet();
  }

  public static String nodeId(String prefix, long databaseId) {
    return nodeId(prefix, String.valueOf(databaseId));
  }

  /** A node id for objects identified by a natural key (a commit of a repository, a branch). */
  public static String nodeId(String prefix, String key) {
    String opaque = Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("sim:" + key).getBytes(StandardCharsets.UTF_8));
    return prefix + "_" + opaque;
  }
}
