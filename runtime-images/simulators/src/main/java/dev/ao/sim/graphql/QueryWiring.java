package dev.ao.sim.graphql;

import dev.ao.sim.api.RateSnapshot;
import dev.ao.sim.graphql.Nodes.CommitNode;
import dev.ao.sim.graphql.Nodes.RateLimitNode;
import dev.ao.sim.graphql.Nodes.RefNode;
import dev.ao.sim.model.Issue;
import dev.ao.sim.model.NumberedItem;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code Query}, {@code Repository} and {@code Ref}. */
final class QueryWiring {

  private final SchemaContext ctx;

  QueryWiring(SchemaContext ctx) {
    this.ctx = ctx;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("repository", this::repository)
        .dataFetcher("viewer", env -> SchemaContext.request(env).viewer())
        .dataFetcher("rateLimit", QueryWiring::rateLimit)
        .dataFetcher("node", env -> ctx.backend().model().node(env.<String>getArgument("id")).orElse(null))
        .dataFetcher("nodes", env -> {
          List<Object> found = new ArrayList<>();
          for (String id : env.<List<String>>getArgument("ids")) {
            found.add(ctx.backend().model().node(id).orElse(null));
          }
          return found;
        }));
    wiring.type("Repository", type -> type
        .dataFetcher("databaseId", env -> repo(env).databaseId())
        .dataFetcher("url", env -> ctx.urls().repoHtml(repo(env).nameWithOwner()))
        .dataFetcher("defaultBranchRef", env -> ref(repo(env), repo(env).defaultBranch()))
        .dataFetcher("ref", env -> {
          String name = env.getArgument("qualifiedName");
          return ref(repo(env), name.startsWith("refs/heads/") ? name.substring("refs/heads/".length()) : name);
        })
        .dataFetcher("pullRequest", env -> {
          PullRequest pr = repo(env).pull(env.<Integer>getArgument("number"));
          if (pr == null) {
            throw notFound("a PullRequest", env);
          }
          return pr;
        })
        .dataFetcher("issue", env -> {
          Issue issue = repo(env).issue(env.<Integer>getArgument("number"));
          if (issue == null) {
            throw notFound("an Issue", env);
          }
          return issue;
        })
        .dataFetcher("issueOrPullRequest", env -> {
          NumberedItem item = repo(env).item(env.<Integer>getArgument("number"));
          if (item == null) {
            throw notFound("an issue or pull request", env);
          }
          return item;
        })
        .dataFetcher("pullRequests", env -> Connections.page(ListFilters.pullRequests(repo(env), env), env))
        .dataFetcher("issues", env -> Connections.page(ListFilters.issues(repo(env), env), env)));
    wiring.type("Ref", type -> type
        .dataFetcher("target", env -> {
          RefNode ref = env.getSource();
          return new CommitNode(ref.repo(), ref.oid());
        }));
  }

  private Object repository(DataFetchingEnvironment env) {
    String owner = env.getArgument("owner");
    String name = env.getArgument("name");
    return ctx.backend().model().repo(owner, name).orElseThrow(() -> new GitHubGraphQlException(
        "NOT_FOUND", "Could not resolve to a Repository with the name '" + owner + "/" + name + "'."));
  }

  private static RateLimitNode rateLimit(DataFetchingEnvironment env) {
    RequestContext request = SchemaContext.request(env);
    RateSnapshot budget = request.budgetAfterCharge();
    return new RateLimitNode(request.cost().cost(), budget.limit(), request.cost().nodeCount(), budget.remaining(),
        Instant.ofEpochSecond(budget.resetEpochSecond()), budget.used());
  }

  private RefNode ref(Repo repo, String branch) {
    String tip = ctx.backend().git().branchTip(repo, branch);
    return tip == null ? null : new RefNode(repo, branch, tip);
  }

  private static Repo repo(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static GitHubGraphQlException notFound(String what, DataFetchingEnvironment env) {
    return new GitHubGraphQlException("NOT_FOUND",
        "Could not resolve to " + what + " with the number of " + env.getArgument("number") + ".");
  }
}
