package dev.ao.sim.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.sim.testing.Queries;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryCostTest {

  private static final GraphQLSchema SCHEMA =
      UnExecutableSchemaGenerator.makeUnExecutableSchema(GitHubSchema.typeDefinitions());

  private static QueryCost cost(String query, Map<String, Object> variables) {
    return QueryCost.of(SCHEMA, Parser.parse(query), null, variables);
  }

  @Test
  void should_multiply_nested_connection_limits_like_githubs_documented_example() {
    // Shaped like GitHub's example (100 x 50 x 60): 1 + 100 + 100*50 = 5101 requests -> 51 points.
    QueryCost cost = cost("""
        { repository(owner: "a", name: "b") {
            pullRequests(first: 100) { nodes {
              reviewThreads(first: 50) { nodes { comments(first: 60) { nodes { body } } } } } } } }
        """, Map.of());
    assertThat(cost.requests()).isEqualTo(5101);
    assertThat(cost.cost()).isEqualTo(51);
    assertThat(cost.nodeCount()).isEqualTo(100 + 100 * 50 + 100 * 50 * 60);
  }

  @Test
  void should_cost_at_least_one_point() {
    assertThat(cost("{ viewer { login } }", Map.of()).cost()).isEqualTo(1);
    assertThat(cost("{ repository(owner: \"a\", name: \"b\") { pullRequests(first: 1) { totalCount } } }", Map.of())
        .cost()).isEqualTo(1);
  }

  @Test
  void should_read_limits_from_variables_and_inline_fragments() {
    QueryCost cost = cost("""
        query($n: Int!) { repository(owner: "a", name: "b") {
          ... on Repository { pullRequests(last: $n) { nodes { reviews(last: 100) { totalCount } } } } } }
        """, Map.of("n", 100));
    assertThat(cost.requests()).isEqualTo(101);
    assertThat(cost.cost()).isEqualTo(1);
  }

  @Test
  void should_price_the_operator_batch_query() {
    QueryCost cost = cost(Queries.PR_BATCH, Map.of("owner", "a", "name", "b"));
    assertThat(cost.requests()).isEqualTo(1 + 50 + 50 + 50 + 50 + 50 * 20);
    assertThat(cost.cost()).isEqualTo(12);
  }
}
