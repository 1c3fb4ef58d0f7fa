package dev.ao.sim.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.sim.api.Credentials;
import dev.ao.sim.api.FaultInjector;
import dev.ao.sim.api.FaultInjector.Fault;
import dev.ao.sim.api.RateBudget;
import dev.ao.sim.api.RateLimitHeaders;
import dev.ao.sim.api.RateLimits;
import dev.ao.sim.api.RateResource;
import dev.ao.sim.api.RequestStats;
import dev.ao.sim.http.BadRequestException;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.HttpReply;
import dev.ao.sim.http.Json;
import dev.ao.sim.http.SimUrls;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.ops.Operations;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/graphql}. A request is authenticated, parsed and validated, costed with GitHub's formula,
 * charged to the account's GraphQL budget (a query that does not fit is answered, as GitHub does, with HTTP 200 and
 * a {@code RATE_LIMITED} error), then executed under the model lock so the whole answer is one snapshot.
 */
public final class GraphQlApi {

  private static final String PREPARSED = GraphQlApi.class.getName() + ".document";
  private static final String AUTH_DOCS = "https://docs.github.com/graphql/guides/forming-calls-with-graphql";

  private final GitHubModel model;
  private final GraphQLSchema schema;
  private final GraphQL graphQl;
  private final RateLimits rateLimits;
  private final FaultInjector faults;
  private final RequestStats stats;

  public GraphQlApi(Operations ops, SimUrls urls, RateLimits rateLimits, FaultInjector faults, RequestStats stats) {
    this.model = ops.backend().model();
    this.schema = GitHubSchema.build(ops, urls);
    this.rateLimits = rateLimits;
    this.faults = faults;
    this.stats = stats;
    this.graphQl = GraphQL.newGraphQL(schema)
        .defaultDataFetcherExceptionHandler(new GitHubErrorHandler())
        // The document was already parsed and validated to compute its cost; don't do it twice.
        .preparsedDocumentProvider((input, parse) -> CompletableFuture.completedFuture(
            new PreparsedDocumentEntry(input.getGraphQLContext().<Document>get(PREPARSED))))
        .build();
  }

  public HttpReply handle(HttpCall call) {
    if (!call.method().equals("POST")) {
      return HttpReply.json(404, Map.of("message", "Not Found", "documentation_url", AUTH_DOCS));
    }
    Optional<String> token = Credentials.token(call.header("Authorization"));
    if (token.isEmpty()) {
      return HttpReply.json(401, Map.of(
          "message", "This endpoint requires you to be authenticated.", "documentation_url", AUTH_DOCS));
    }
    Optional<Actor> viewer = token.flatMap(model::actorForToken);
    if (viewer.isEmpty()) {
      return HttpReply.json(401, Map.of("message", "Bad credentials", "documentation_url", AUTH_DOCS));
    }
    stats.graphqlRequest();
    RateBudget budget = rateLimits.budget(viewer.get().login(), RateResource.GRAPHQL);
    Optional<Fault> fault = faults.next();
    if (fault.isPresent()) {
      return withRate(faultReply(fault.get()), budget);
    }
    try {
      return withRate(execute(call.json(), viewer.get(), budget), budget);
    } catch (BadRequestException e) {
      return withRate(HttpReply.json(400, Map.of("message", e.getMessage())), budget);
    }
  }

  private HttpReply execute(JsonNode body, Actor viewer, RateBudget budget) {
    String query = Json.text(body, "query", null);
    if (query == null) {
      return errors(List.of(error(null, "A query attribute must be specified and must be a string.")));
    }
    String operationName = Json.text(body, "operationName", null);
    Map<String, Object> variables = body.hasNonNull("variables")
        ? Json.MAPPER.convertValue(body.get("variables"), Map.class)
        : Map.of();
    ExecutionInput probe = ExecutionInput.newExecutionInput(query).operationName(operationName).build();
    ParseAndValidateResult parsed = ParseAndValidate.parse(probe);
    if (parsed.isFailure()) {
      return errors(List.of(parsed.getSyntaxException().toInvalidSyntaxError()));
    }
    List<? extends GraphQLError> invalid = ParseAndValidate.validate(schema, parsed.getDocument());
    if (!invalid.isEmpty()) {
      return errors(invalid);
    }
    QueryCost cost;
    try {
      cost = QueryCost.of(schema, parsed.getDocument(), operationName, variables);
    } catch (RuntimeException e) {
      return errors(List.of(error(null, e.getMessage())));
    }
    if (cost.nodeCount() > QueryCost.MAX_NODES) {
      return errors(List.of(error("MAX_NODE_LIMIT_EXCEEDED", "This query requests up to " + cost.nodeCount()
          + " possible nodes which exceeds the maximum limit of " + QueryCost.MAX_NODES + ".")));
    }
    if (!budget.tryConsume(cost.cost(), rateLimits.now())) {
      stats.rateLimited();
      return errors(List.of(error("RATE_LIMITED", "API rate limit exceeded for user ID " + viewer.id() + ".")));
    }
    stats.graphqlPoints(cost.cost());
    Map<String, Object> context = new HashMap<>();
    context.put(PREPARSED, parsed.getDocument());
    context.put(RequestContext.KEY, new RequestContext(viewer, cost, budget.snapshot(rateLimits.now())));
    ExecutionInput input = ExecutionInput.newExecutionInput(query)
        .operationName(operationName)
        .variables(variables)
        .graphQLContext(context)
        .build();
    ExecutionResult result = model.atomically(() -> graphQl.execute(input));
    return HttpReply.json(200, githubShape(result.toSpecification()));
  }

  /** GitHub puts an error's {@code type} at the top level of the error object, not under {@code extensions}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> githubShape(Map<String, Object> spec) {
    Object errors = spec.get("errors");
    if (errors instanceof List<?> list) {
      List<Map<String, Object>> shaped = new ArrayList<>();
      for (Object e : list) {
        Map<String, Object> error = new LinkedHashMap<>((Map<String, Object>) e);
        Object extensions = error.remove("extensions");
        if (extensions instanceof Map<?, ?> ext && ext.get("type") != null) {
          error.put("type", ext.get("type"));
        } else if (extensions != null) {
          error.put("extensions", extensions);
        }
        shaped.add(error);
      }
      spec.put("errors", shaped);
    }
    return spec;
  }

  private static HttpReply errors(List<? extends GraphQLError> errors) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (GraphQLError error : errors) {
      json.add(error.toSpecification());
    }
    return HttpReply.json(200, githubShape(new LinkedHashMap<>(Map.of("errors", json))));
  }

  private static GraphQLError error(String type, String message) {
    graphql.GraphqlErrorBuilder<?> builder = graphql.GraphqlErrorBuilder.newError().message(message);
    if (type != null) {
      builder.extensions(Map.of("type", type));
    }
    return builder.build();
  }

  private HttpReply faultReply(Fault fault) {
    if (fault.kind() == Fault.Kind.SERVER_ERROR) {
      return HttpReply.json(fault.status(), Map.of("message", "Server Error"));
    }
    stats.rateLimited();
    return HttpReply.json(fault.status(), Map.of(
            "message", "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
            "documentation_url", AUTH_DOCS))
        .header("retry-after", String.valueOf(fault.retryAfterSeconds()));
  }

  private HttpReply withRate(HttpReply reply, RateBudget budget) {
    return RateLimitHeaders.apply(reply, budget.snapshot(rateLimits.now()));
  }
}
