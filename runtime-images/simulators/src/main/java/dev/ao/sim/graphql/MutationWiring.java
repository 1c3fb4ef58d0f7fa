package dev.ao.sim.graphql;

import dev.ao.sim.model.Actor;
import dev.ao.sim.model.IssueComment;
import dev.ao.sim.model.MergeMethod;
import dev.ao.sim.model.NumberedItem;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.ReviewThread;
import dev.ao.sim.ops.OperationException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The mutations: merge and close a PR, comment, resolve and unresolve review threads. Refusals carry GitHub's
 * messages (the same rules as REST, e.g. a required check that is not green) with type {@code UNPROCESSABLE}.
 * {@code enablePullRequestAutoMerge} is not offered: REST and GraphQL merges cover what the product does.
 */
final class MutationWiring {

  private final SchemaContext ctx;

  MutationWiring(SchemaContext ctx) {
    this.ctx = ctx;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("mergePullRequest", mutation((input, viewer) -> {
          PullRequest pr = node(input.get("pullRequestId"), PullRequest.class);
          MergeMethod method = MergeMethod.valueOf(String.valueOf(input.getOrDefault("mergeMethod", "MERGE")));
          ctx.ops().pulls().merge(pr.repo(), pr.number(), method, (String) input.get("expectedHeadOid"),
              (String) input.get("commitHeadline"), (String) input.get("commitBody"), viewer);
          return payload(input, "pullRequest", pr, "actor", viewer);
        }))
        .dataFetcher("closePullRequest", mutation((input, viewer) -> {
          PullRequest pr = node(input.get("pullRequestId"), PullRequest.class);
          return payload(input, "pullRequest", ctx.ops().pulls().close(pr.repo(), pr.number()), "actor", viewer);
        }))
        .dataFetcher("addComment", mutation((input, viewer) -> {
          NumberedItem item = node(input.get("subjectId"), NumberedItem.class);
          IssueComment comment =
              ctx.ops().issues().comment(item.repo(), item.number(), (String) input.get("body"), viewer);
          Connection.Edge<IssueComment> edge =
              new Connection.Edge<>(Connections.encode(item.comments().size() - 1), comment);
          return payload(input, "commentEdge", edge, "subject", item);
        }))
        .dataFetcher("resolveReviewThread", mutation((input, viewer) -> payload(input, "thread",
            ctx.ops().reviews().resolve(threadId(input), viewer, true), "actor", viewer)))
        .dataFetcher("unresolveReviewThread", mutation((input, viewer) -> payload(input, "thread",
            ctx.ops().reviews().resolve(threadId(input), viewer, false), "actor", viewer))));
  }

  private DataFetcher<Object> mutation(BiFunction<Map<String, Object>, Actor, Object> body) {
    return (DataFetchingEnvironment env) -> {
      Map<String, Object> input = env.getArgument("input");
      try {
        return body.apply(input, SchemaContext.request(env).viewer());
      } catch (OperationException e) {
        String type = e.kind() == OperationException.Kind.NOT_FOUND ? "NOT_FOUND" : "UNPROCESSABLE";
        throw new GitHubGraphQlException(type, e.detail());
      }
    };
  }

  private <T> T node(Object id, Class<T> type) {
    return ctx.backend().model().node(String.valueOf(id), type).orElseThrow(() ->
        new GitHubGraphQlException("NOT_FOUND", "Could not resolve to a node with the global id of '" + id + "'"));
  }

  private String threadId(Map<String, Object> input) {
    return node(input.get("threadId"), ReviewThread.class).id();
  }

  private static Map<String, Object> payload(Map<String, Object> input, String key, Object value, String key2,
      Object value2) {
    Map<String, Object> payload = new HashMap<>();
    payload.put("clientMutationId", input.get("clientMutationId"));
    payload.put(key, value);
    payload.put(key2, value2);
    return payload;
  }
}
