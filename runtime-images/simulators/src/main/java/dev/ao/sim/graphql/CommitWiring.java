package dev.ao.sim.graphql;

import dev.ao.sim.git.CommitInfo;
import dev.ao.sim.graphql.Nodes.CommitNode;
import dev.ao.sim.model.CheckRollup;
import dev.ao.sim.model.CheckRun;
import dev.ao.sim.model.CommitStatus;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

/** {@code Commit}, {@code StatusCheckRollup} and its contexts, {@code CheckRun} and {@code StatusContext}. */
final class CommitWiring {

  private final SchemaContext ctx;

  CommitWiring(SchemaContext ctx) {
    this.ctx = ctx;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Commit", type -> type
        .dataFetcher("message", env -> info(env).message())
        .dataFetcher("messageHeadline", env -> info(env).messageHeadline())
        .dataFetcher("messageBody", env -> info(env).messageBody())
        .dataFetcher("authoredDate", env -> info(env).authoredDate())
        .dataFetcher("committedDate", env -> info(env).committedDate())
        .dataFetcher("url", env -> {
          CommitNode commit = env.getSource();
          return ctx.urls().repoHtml(commit.repo().nameWithOwner()) + "/commit/" + commit.oid();
        })
        .dataFetcher("statusCheckRollup", env -> {
          CommitNode commit = env.getSource();
          return CheckRollup.of(commit.repo(), commit.oid()).orElse(null);
        }));
    wiring.type("StatusCheckRollup", type -> type
        .dataFetcher("id", env -> {
          CheckRollup rollup = env.getSource();
          return Ids.nodeId("SCR", rollup.repo().databaseId() + ":" + rollup.sha());
        })
        .dataFetcher("commit", env -> {
          CheckRollup rollup = env.getSource();
          return new CommitNode(rollup.repo(), rollup.sha());
        })
        .dataFetcher("contexts", env -> Connections.page(((CheckRollup) env.getSource()).contexts(), env)));
    wiring.type("StatusCheckRollupContextConnection", type -> type
        .dataFetcher("checkRunCount", env -> count(env, CheckRun.class))
        .dataFetcher("statusContextCount", env -> count(env, CommitStatus.class)));
    wiring.type("CheckRun", type -> type
        .dataFetcher("isRequired", env -> {
          CheckRun run = env.getSource();
          return isRequired(run.repo(), run.name(), env);
        })
        .dataFetcher("url", this::checkRunUrl)
        .dataFetcher("permalink", this::checkRunUrl));
    wiring.type("StatusContext", type -> type
        .dataFetcher("isRequired", env -> {
          CommitStatus status = env.getSource();
          return isRequired(status.repo(), status.context(), env);
        })
        .dataFetcher("commit", env -> {
          CommitStatus status = env.getSource();
          return new CommitNode(status.repo(), status.sha());
        })
        .dataFetcher("avatarUrl", env -> {
          CommitStatus status = env.getSource();
          return status.creator() == null ? null : ctx.urls().avatar(status.creator().id());
        }));
  }

  private CommitInfo info(DataFetchingEnvironment env) {
    CommitNode commit = env.getSource();
    return ctx.backend().git().commit(commit.repo(), commit.oid());
  }

  private Object checkRunUrl(DataFetchingEnvironment env) {
    CheckRun run = env.getSource();
    return ctx.urls().repoHtml(run.repo().nameWithOwner()) + "/runs/" + run.databaseId();
  }

  private static long count(DataFetchingEnvironment env, Class<?> kind) {
    Connection<?> connection = env.getSource();
    return connection.all().stream().filter(kind::isInstance).count();
  }

  /** Required means named by the protection rule of the PR's base branch; the PR is given by number or node id. */
  private Boolean isRequired(Repo repo, String name, DataFetchingEnvironment env) {
    Integer number = env.getArgument("pullRequestNumber");
    String id = env.getArgument("pullRequestId");
    PullRequest pr = number != null
        ? repo.pull(number)
        : id == null ? null : ctx.backend().model().node(id, PullRequest.class).orElse(null);
    if (number == null && id == null) {
      throw new GitHubGraphQlException("ARGUMENT_ERROR", "Either pullRequestId or pullRequestNumber must be provided");
    }
    return pr != null && repo.protectionFor(pr.baseRefName()).requiredChecks().contains(name);
  }
}
