package dev.ao.sim.graphql;

import java.util.List;

/**
 * One page of a GraphQL connection. {@code all} is the unpaged list, for fields that summarize the whole connection
 * (such as {@code checkRunCount}); it is not part of the schema.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount, List<T> all) {

  public record Edge<T>(String cursor, T node) {}

  public record PageInfo(String startCursor, String endCursor, boolean hasNextPage, boolean hasPreviousPage) {}

  public List<T> nodes() {
    return edges.stream().map(Edge::node).toList();
  }
}
