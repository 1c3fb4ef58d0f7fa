package dev.ao.sim.linear;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import dev.ao.sim.graphql.StringScalars;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The Linear schema wired to a {@link LinearWorkspace}. Resolvers run under the workspace lock. */
final class LinearWiring {

  static final String VIEWER = "linear.viewer";
  private static final String SDL = "/dev/ao/sim/linear/linear.graphqls";

  private final LinearWorkspace workspace;

  LinearWiring(LinearWorkspace workspace) {
    this.workspace = workspace;
  }

  GraphQLSchema schema() {
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .scalar(StringScalars.stringScalar("DateTime", "An ISO-8601 date-time."))
        .type("Query", type -> type
            .dataFetcher("issue", env -> workspace.issue(env.getArgument("id")))
            .dataFetcher("issues", this::issues)
            .dataFetcher("team", env -> workspace.team(env.getArgument("id")))
            .dataFetcher("teams", env -> connection(workspace.teams(), false, null))
            .dataFetcher("viewer", env -> env.getGraphQlContext().get(VIEWER)))
        .type("Mutation", type -> type
            .dataFetcher("issueCreate", env -> {
              Map<String, Object> input = env.getArgument("input");
              LinearIssue issue = workspace.createIssue(workspace.team((String) input.get("teamId")),
                  (String) input.get("title"), (String) input.get("description"), labelIds(input), null,
                  env.getGraphQlContext().get(VIEWER));
              if (input.get("stateId") != null) {
                workspace.setState(issue, (String) input.get("stateId"));
              }
              return payload("issue", issue);
            })
            .dataFetcher("issueUpdate", env -> {
              Map<String, Object> input = env.getArgument("input");
              LinearIssue issue = workspace.issue(env.getArgument("id"));
              workspace.update(issue, (String) input.get("title"), (String) input.get("description"),
                  input.containsKey("labelIds") ? labelIds(input) : null);
              if (input.get("stateId") != null) {
                workspace.setState(issue, (String) input.get("stateId"));
              }
              return payload("issue", issue);
            })
            .dataFetcher("commentCreate", env -> {
              Map<String, Object> input = env.getArgument("input");
              LinearIssue issue = workspace.issue((String) input.get("issueId"));
              return payload("comment",
                  workspace.comment(issue, (String) input.get("body"), env.getGraphQlContext().get(VIEWER)));
            }))
        .build();
    return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl()), wiring);
  }

  /** Linear's errors: the message plus {@code extensions} with a user-presentable message. */
  static DataFetcherExceptionHandler errorHandler() {
    return params -> {
      Throwable e = params.getException();
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("type", "invalid input");
      extensions.put("code", "INPUT_ERROR");
      extensions.put("userPresentableMessage",
          e instanceof LinearException linear ? linear.userPresentableMessage() : "Internal error");
      return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult()
          .error(GraphqlErrorBuilder.newError().message(e.getMessage()).path(params.getPath())
              .location(params.getSourceLocation()).extensions(extensions).build())
          .build());
    };
  }

  private Object issues(DataFetchingEnvironment env) {
    Map<String, Object> filter = env.getArgument("filter");
    List<LinearIssue> matching = new ArrayList<>();
    for (LinearIssue issue : workspace.issues()) {
      if (LinearIssueFilter.matches(issue, filter)) {
        matching.add(issue);
      }
    }
    Integer first = env.getArgument("first");
    String after = env.getArgument("after");
    int start = after == null ? 0 : Integer.parseInt(new String(Base64.getDecoder().decode(after),
        StandardCharsets.UTF_8)) + 1;
    int end = Math.min(matching.size(), start + (first == null ? 50 : first));
    start = Math.min(start, end);
    return connection(matching.subList(start, end), end < matching.size(),
        end == 0 ? null : Base64.getEncoder().encodeToString(String.valueOf(end - 1).getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Object> connection(List<?> nodes, boolean hasNextPage, String endCursor) {
    Map<String, Object> pageInfo = new LinkedHashMap<>();
    pageInfo.put("hasNextPage", hasNextPage);
    pageInfo.put("hasPreviousPage", false);
    pageInfo.put("endCursor", endCursor);
    pageInfo.put("startCursor", null);
    return Map.of("nodes", nodes, "pageInfo", pageInfo);
  }

  private Map<String, Object> payload(String key, Object value) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("success", true);
    payload.put("lastSyncId", (double) workspace.syncId());
    payload.put(key, value);
    return payload;
  }

  @SuppressWarnings("unchecked")
  private static List<String> labelIds(Map<String, Object> input) {
    Object ids = input.get("labelIds");
    return ids == null ? List.of() : (List<String>) ids;
  }

  private static String sdl() {
    try (InputStream in = LinearWiring.class.getResourceAsStream(SDL)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
