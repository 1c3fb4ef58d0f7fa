package dev.ao.sim.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Cursor pagination with GitHub's rules: {@code first} or {@code last} is required, neither may exceed 100, and
 * cursors are opaque.
 */
final class Connections {

  static final int MAX_PAGE = 100;
  private static final String CURSOR_PREFIX = "cursor:v2:";

  private Connections() {}

  static <T> Connection<T> page(List<T> all, DataFetchingEnvironment env) {
    String name = env.getField().getName();
    Integer first = env.getArgument("first");
    Integer last = env.getArgument("last");
    if (first == null && last == null) {
      throw new GitHubGraphQlException("MISSING_PAGINATION_BOUNDARIES",
          "You must provide a `first` or `last` value to properly paginate the `" + name + "` connection.");
    }
    checkLimit(name, "first", first);
    checkLimit(name, "last", last);
    int start = 0;
    int end = all.size();
    String after = env.getArgument("after");
    String before = env.getArgument("before");
    if (after != null) {
      start = Math.min(all.size(), decode(after) + 1);
    }
    if (before != null) {
      end = Math.max(start, Math.min(end, decode(before)));
    }
    if (first != null) {
      end = Math.min(end, start + first);
    }
    if (last != null) {
      start = Math.max(start, end - last);
    }
    List<Connection.Edge<T>> edges = new ArrayList<>();
    for (int i = start; i < end; i++) {
      edges.add(new Connection.Edge<>(encode(i), all.get(i)));
    }
    Connection.PageInfo info = new Connection.PageInfo(
        edges.isEmpty() ? null : edges.get(0).cursor(),
        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor(),
        end < all.size(),
        start > 0);
    return new Connection<>(edges, info, all.size(), all);
  }

  private static void checkLimit(String connection, String argument, Integer value) {
    if (value == null) {
      return;
    }
    if (value < 0) {
      throw new GitHubGraphQlException("INVALID_PAGINATION",
          "`" + argument + "` on the `" + connection + "` connection cannot be less than zero.");
    }
    if (value > MAX_PAGE) {
      throw new GitHubGraphQlException("EXCESSIVE_PAGINATION", "Requesting " + value + " records on the `"
          + connection + "` connection exceeds the `" + argument + "` limit of 100 records.");
    }
  }

  static String encode(int index) {
    return Base64.getEncoder().encodeToString((CURSOR_PREFIX + index).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String cursor) {
    try {
      String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(CURSOR_PREFIX)) {
        return Integer.parseInt(text.substring(CURSOR_PREFIX.length()));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new GitHubGraphQlException("INVALID_CURSOR_ARGUMENTS", "`" + cursor + "` does not appear to be a valid cursor.");
  }
}
