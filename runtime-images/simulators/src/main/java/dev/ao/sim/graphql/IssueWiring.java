package dev.ao.sim.graphql;

import dev.ao.sim.graphql.Nodes.LabelNode;
import dev.ao.sim.model.Issue;
import dev.ao.sim.model.IssueComment;
import dev.ao.sim.model.NumberedItem;
import dev.ao.sim.model.PullRequest;
import graphql.schema.idl.RuntimeWiring;

/** {@code Issue} and {@code IssueComment} (comments on issues and pull requests alike). */
final class IssueWiring {

  private final SchemaContext ctx;

  IssueWiring(SchemaContext ctx) {
    this.ctx = ctx;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Issue", type -> type
        .dataFetcher("url", env -> htmlUrl(env.<Issue>getSource()))
        .dataFetcher("repository", env -> env.<Issue>getSource().repo())
        .dataFetcher("comments", env -> Connections.page(env.<Issue>getSource().comments(), env))
        .dataFetcher("labels", env -> {
          Issue issue = env.getSource();
          return Connections.page(issue.labels().stream().map(name -> LabelNode.named(issue.repo(), name)).toList(),
              env);
        }));
    wiring.type("IssueComment", type -> type
        .dataFetcher("url", env -> {
          IssueComment comment = env.getSource();
          return htmlUrl(comment.item()) + "#issuecomment-" + comment.databaseId();
        }));
  }

  private String htmlUrl(NumberedItem item) {
    String repo = item.repo().nameWithOwner();
    return item instanceof PullRequest
        ? ctx.urls().pullHtml(repo, item.number())
        : ctx.urls().issueHtml(repo, item.number());
  }
}
