package dev.ao.sim.graphql;

import dev.ao.sim.graphql.Nodes.CommitNode;
import dev.ao.sim.graphql.Nodes.LabelNode;
import dev.ao.sim.graphql.Nodes.PullRequestCommitNode;
import dev.ao.sim.graphql.Nodes.RefNode;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.CheckRollup;
import dev.ao.sim.model.CheckRun;
import dev.ao.sim.model.CommitStatus;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.Issue;
import dev.ao.sim.model.IssueComment;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.Review;
import dev.ao.sim.model.ReviewComment;
import dev.ao.sim.model.ReviewThread;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;

/**
 * {@code User} and {@code Bot}, and the type resolvers of every interface and union: which GraphQL object type a
 * model object is. This is where an author's {@code __typename} becomes {@code User} or {@code Bot}.
 */
final class ActorWiring {

  private static final Map<Class<?>, String> OBJECT_TYPES = Map.ofEntries(
      Map.entry(Repo.class, "Repository"),
      Map.entry(PullRequest.class, "PullRequest"),
      Map.entry(Issue.class, "Issue"),
      Map.entry(CheckRun.class, "CheckRun"),
      Map.entry(CommitStatus.class, "StatusContext"),
      Map.entry(Review.class, "PullRequestReview"),
      Map.entry(ReviewThread.class, "PullRequestReviewThread"),
      Map.entry(ReviewComment.class, "PullRequestReviewComment"),
      Map.entry(IssueComment.class, "IssueComment"),
      Map.entry(CommitNode.class, "Commit"),
      Map.entry(RefNode.class, "Ref"),
      Map.entry(PullRequestCommitNode.class, "PullRequestCommit"),
      Map.entry(CheckRollup.class, "StatusCheckRollup"),
      Map.entry(LabelNode.class, "Label"));

  private final SchemaContext ctx;

  ActorWiring(SchemaContext ctx) {
    this.ctx = ctx;
  }

  void wire(RuntimeWiring.Builder wiring) {
    for (String typeName : new String[] {"User", "Bot"}) {
      wiring.type(typeName, type -> type
          .dataFetcher("id", env -> {
            Actor actor = env.getSource();
            return Ids.nodeId(actor.bot() ? "BOT" : "U", actor.id());
          })
          .dataFetcher("databaseId", env -> ((Actor) env.getSource()).id())
          .dataFetcher("name", env -> ((Actor) env.getSource()).login())
          .dataFetcher("avatarUrl", env -> ctx.urls().avatar(((Actor) env.getSource()).id()))
          .dataFetcher("resourcePath", env -> resourcePath(env.getSource()))
          .dataFetcher("url", env -> ctx.urls().base() + resourcePath(env.getSource())));
    }
    TypeResolver byClass = env -> objectType(env.getObject(), env.getSchema());
    for (String abstractType : new String[] {"Node", "Actor", "RepositoryOwner", "GitObject",
        "StatusCheckRollupContext", "IssueOrPullRequest"}) {
      wiring.type(abstractType, type -> type.typeResolver(byClass));
    }
  }

  private static String resourcePath(Actor actor) {
    return actor.bot() ? "/apps/" + actor.login() : "/" + actor.login();
  }

  private static GraphQLObjectType objectType(Object object, graphql.schema.GraphQLSchema schema) {
    if (object instanceof Actor actor) {
      return schema.getObjectType(actor.typename());
    }
    String name = OBJECT_TYPES.get(object.getClass());
    if (name == null) {
      throw new IllegalStateException("no GraphQL type for " + object.getClass().getName());
    }
    return schema.getObjectType(name);
  }
}
