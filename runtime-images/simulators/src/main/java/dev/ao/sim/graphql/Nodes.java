package dev.ao.sim.graphql;

import dev.ao.sim.model.Ids;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.Repo;
import java.time.Instant;

/** GraphQL objects that have no model class of their own: they are views over git or over the request. */
public final class Nodes {

  private Nodes() {}

  /** A git commit of a repository ({@code Commit}). */
  public record CommitNode(Repo repo, String oid) {

    public String id() {
      return Ids.nodeId("C", repo.databaseId() + ":" + oid);
    }

    public String abbreviatedOid() {
      return oid.substring(0, 7);
    }
  }

  /** A branch ({@code Ref}). */
  public record RefNode(Repo repo, String name, String oid) {

    public String id() {
      return Ids.nodeId("REF", repo.databaseId() + ":" + name);
    }

    public String prefix() {
      return "refs/heads/";
    }
  }

  /** A commit as part of a pull request ({@code PullRequestCommit}). */
  public record PullRequestCommitNode(PullRequest pullRequest, CommitNode commit) {

    public String id() {
      return Ids.nodeId("PURC", pullRequest.databaseId() + ":" + commit.oid());
    }
  }

  /** A label by name; the simulator does not manage label colours or descriptions. */
  public record LabelNode(String id, String name, String color, String description) {

    static LabelNode named(Repo repo, String name) {
      return new LabelNode(Ids.nodeId("LA", repo.databaseId() + ":" + name), name, "ededed", null);
    }
  }

  /** The {@code rateLimit} object: this query's cost and the budget after charging it. */
  public record RateLimitNode(int cost, int limit, int nodeCount, int remaining, Instant resetAt, int used) {}
}
