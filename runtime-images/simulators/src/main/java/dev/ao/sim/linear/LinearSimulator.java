package dev.ao.sim.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.ao.sim.http.BadRequestException;
import dev.ao.sim.http.Exchanges;
import dev.ao.sim.http.HttpCall;
import dev.ao.sim.http.HttpReply;
import dev.ao.sim.http.Json;
import dev.ao.sim.http.LocalHttpServer;
import graphql.ExecutionInput;
import graphql.GraphQL;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Linear's GraphQL API on 127.0.0.1: {@code POST /graphql} with {@code Authorization: <api key>} (a bare personal
 * key, or {@code Bearer <key>} as OAuth clients send). A team "ENG" exists from the start.
 */
public final class LinearSimulator implements AutoCloseable {

  private final LinearWorkspace workspace;
  private final GraphQL graphQl;
  private final LocalHttpServer server;
  private final AtomicLong requests = new AtomicLong();

  private LinearSimulator(int port, Clock clock) {
    this.server = LocalHttpServer.start(port, this::handle, "linear-sim", 4);
    this.workspace = new LinearWorkspace(clock, server.baseUrl() + "/acme");
    workspace.createTeam("ENG", "Engineering");
    this.graphQl = GraphQL.newGraphQL(new LinearWiring(workspace).schema())
        .defaultDataFetcherExceptionHandler(LinearWiring.errorHandler())
        .build();
  }

  /** Starts on an ephemeral port. */
  public static LinearSimulator start() {
    return new LinearSimulator(0, Clock.systemUTC());
  }

  public static LinearSimulator start(int port, Clock clock) {
    return new LinearSimulator(port, clock);
  }

  /** The GraphQL endpoint to configure in a client: {@code http://127.0.0.1:<port>/graphql}. */
  public String graphqlUrl() {
    return server.baseUrl() + "/graphql";
  }

  public int port() {
    return server.port();
  }

  public void addApiKey(String key, String userName) {
    workspace.addApiKey(key, userName);
  }

  public void createTeam(String key, String name) {
    workspace.createTeam(key, name);
  }

  /** Creates an issue in a team ("Todo" unless {@code stateName} says otherwise) and returns it. */
  public LinearIssueSnapshot createIssue(String teamKey, String title, String description, List<String> labels,
      String stateName) {
    return workspace.locked(() -> LinearIssueSnapshot.of(workspace.createIssue(workspace.team(teamKey), title,
        description, labels, stateName, null)));
  }

  /** Moves an issue (by id or identifier) to a workflow state by name, e.g. "Done" or "Canceled". */
  public void setState(String identifier, String stateName) {
    workspace.locked(() -> {
      workspace.setState(workspace.issue(identifier), stateName);
      return null;
    });
  }

  public LinearIssueSnapshot issue(String identifier) {
    return workspace.locked(() -> LinearIssueSnapshot.of(workspace.issue(identifier)));
  }

  /** GraphQL requests received, authenticated or not. */
  public long requestCount() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      requests.incrementAndGet();
      HttpCall call = Exchanges.read(exchange, exchange.getRequestURI().getPath());
      Exchanges.send(exchange, answer(call));
    } finally {
      exchange.close();
    }
  }

  private HttpReply answer(HttpCall call) {
    if (!call.path().equals("/graphql") || !call.method().equals("POST")) {
      return HttpReply.json(404, Map.of("message", "Not Found"));
    }
    String key = call.header("Authorization");
    if (key != null && key.regionMatches(true, 0, "Bearer ", 0, 7)) {
      key = key.substring(7).strip();
    }
    var viewer = key == null ? java.util.Optional.<LinearUser>empty() : workspace.userForKey(key);
    if (viewer.isEmpty()) {
      return HttpReply.json(400, Map.of("errors", List.of(Map.of(
          "message", "Authentication required, not authenticated",
          "extensions", Map.of("type", "authentication error", "code", "AUTHENTICATION_ERROR",
              "userPresentableMessage", "You need to authenticate to access this operation.")))));
    }
    try {
      JsonNode body = call.json();
      Map<String, Object> variables = body.hasNonNull("variables")
          ? Json.MAPPER.convertValue(body.get("variables"), Map.class)
          : Map.of();
      Map<String, Object> context = new HashMap<>();
      context.put(LinearWiring.VIEWER, viewer.get());
      ExecutionInput input = ExecutionInput.newExecutionInput(Json.text(body, "query", ""))
          .operationName(Json.text(body, "operationName", null))
          .variables(variables)
          .graphQLContext(context)
          .build();
      Map<String, Object> result = workspace.locked(() -> graphQl.execute(input).toSpecification());
      return HttpReply.json(200, result);
    } catch (BadRequestException e) {
      return HttpReply.json(400, Map.of("errors", List.of(Map.of("message", e.getMessage()))));
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
