package dev.ao.sim.graphql;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLNamedType;
import java.util.Map;

/**
 * GitHub's documented GraphQL cost: every connection costs one "request" for each parent it can appear under (the
 * product of the {@code first}/{@code last} limits of the connections above it); the sum divided by 100 and rounded
 * is the point cost, at least 1. The node count is the same walk including each connection's own limit; GitHub
 * refuses queries over 500,000 nodes.
 *
 * @param requests the summed connection requests, before dividing by 100
 */
public record QueryCost(int cost, int nodeCount, long requests) {

  public static final int MAX_NODES = 500_000;

  public static QueryCost of(
      GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
    ExecutableNormalizedOperation operation =
        ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
            schema, document, operationName, RawVariables.of(variables == null ? Map.of() : variables));
    long[] totals = new long[2];
    for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
      walk(schema, field, 1, totals);
    }
    int cost = (int) Math.max(1, Math.round(totals[0] / 100.0));
    return new QueryCost(cost, (int) Math.min(Integer.MAX_VALUE, totals[1]), totals[0]);
  }

  private static void walk(GraphQLSchema schema, ExecutableNormalizedField field, long parents, long[] totals) {
    long childParents = parents;
    if (isConnection(schema, field)) {
      long limit = limit(field);
      totals[0] += parents;
      totals[1] += parents * limit;
      childParents = parents * limit;
    }
    for (ExecutableNormalizedField child : field.getChildren()) {
      walk(schema, child, childParents, totals);
    }
  }

  private static boolean isConnection(GraphQLSchema schema, ExecutableNormalizedField field) {
    if (field.getFieldName().startsWith("__")) {
      return false;
    }
    GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType(schema));
    return type instanceof GraphQLNamedType named && named.getName().endsWith("Connection");
  }

  /** A missing limit is an error at execution time; for the estimate it counts as nothing. */
  private static long limit(ExecutableNormalizedField field) {
    Object first = field.getResolvedArguments().get("first");
    Object last = field.getResolvedArguments().get("last");
    Object limit = first != null ? first : last;
    return limit instanceof Number number ? Math.max(0, number.longValue()) : 0;
  }
}
