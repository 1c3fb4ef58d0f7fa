package dev.ao.sim.graphql;

import dev.ao.sim.graphql.Nodes.CommitNode;
import dev.ao.sim.graphql.Nodes.LabelNode;
import dev.ao.sim.graphql.Nodes.PullRequestCommitNode;
import dev.ao.sim.model.CheckRollup;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Review;
import dev.ao.sim.model.ReviewState;
import dev.ao.sim.ops.GitHubBackend;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code PullRequest}: its derived state (mergeability, review decision, rollup) and its connections. */
final class PullRequestWiring {

  private final SchemaContext ctx;

  PullRequestWiring(SchemaContext ctx) {
    this.ctx = ctx;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("PullRequest", type -> type
        .dataFetcher("baseRefOid", env -> ctx.backend().baseSha(pr(env)))
        .dataFetcher("baseRepository", env -> pr(env).repo())
        .dataFetcher("headRepository", env -> pr(env).repo())
        .dataFetcher("repository", env -> pr(env).repo())
        .dataFetcher("url", env -> url(pr(env)))
        .dataFetcher("permalink", env -> url(pr(env)))
        .dataFetcher("mergeable", env -> ctx.assess(pr(env)).mergeable())
        .dataFetcher("mergeStateStatus", env -> ctx.assess(pr(env)).mergeStateStatus())
        .dataFetcher("reviewDecision", env -> ctx.assess(pr(env)).reviewDecision())
        .dataFetcher("mergeCommit", env -> pr(env).mergeCommitOid() == null
            ? null
            : new CommitNode(pr(env).repo(), pr(env).mergeCommitOid()))
        .dataFetcher("statusCheckRollup", env -> CheckRollup.of(pr(env).repo(), pr(env).headRefOid()).orElse(null))
        .dataFetcher("commits", env -> Connections.page(commits(pr(env)), env))
        .dataFetcher("comments", env -> Connections.page(pr(env).comments(), env))
        .dataFetcher("labels", env -> Connections.page(
            pr(env).labels().stream().map(name -> LabelNode.named(pr(env).repo(), name)).toList(), env))
        .dataFetcher("reviews", env -> Connections.page(reviews(pr(env), env), env))
        .dataFetcher("latestReviews", env -> Connections.page(latestReviews(pr(env)), env))
        .dataFetcher("reviewThreads", env -> Connections.page(pr(env).reviewThreads(), env)));
    wiring.type("PullRequestCommit", type -> type
        .dataFetcher("url", env -> {
          PullRequestCommitNode node = env.getSource();
          return url(node.pullRequest()) + "/commits/" + node.commit().oid();
        }));
  }

  /** The PR's commits: live while open or closed, frozen at merge time once merged (the base now contains them). */
  private List<PullRequestCommitNode> commits(PullRequest pr) {
    GitHubBackend backend = ctx.backend();
    List<String> oids = pr.commitOidsWhenMerged();
    if (oids == null) {
      String base = backend.baseSha(pr);
      oids = base == null ? List.of(pr.headRefOid()) : backend.git().commitsBetween(pr.repo(), base, pr.headRefOid());
    }
    List<PullRequestCommitNode> nodes = new ArrayList<>();
    for (String oid : oids) {
      nodes.add(new PullRequestCommitNode(pr, new CommitNode(pr.repo(), oid)));
    }
    return nodes;
  }

  /** Pending reviews are visible only to their author, as on GitHub. */
  private static List<Review> reviews(PullRequest pr, DataFetchingEnvironment env) {
    List<String> states = env.getArgument("states");
    String author = env.getArgument("author");
    Object viewer = SchemaContext.request(env).viewer();
    return pr.reviews().stream()
        .filter(r -> r.state() != ReviewState.PENDING || r.author().equals(viewer))
        .filter(r -> states == null || states.contains(r.state().name()))
        .filter(r -> author == null || r.author().login().equalsIgnoreCase(author))
        .toList();
  }

  /** Each reviewer's most recent submitted review. */
  private static List<Review> latestReviews(PullRequest pr) {
    Map<Long, Review> latest = new LinkedHashMap<>();
    for (Review review : pr.reviews()) {
      if (review.state() != ReviewState.PENDING) {
        latest.remove(review.author().id());
        latest.put(review.author().id(), review);
      }
    }
    return List.copyOf(latest.values());
  }

  private String url(PullRequest pr) {
    return ctx.urls().pullHtml(pr.repo().nameWithOwner(), pr.number());
  }

  private static PullRequest pr(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
