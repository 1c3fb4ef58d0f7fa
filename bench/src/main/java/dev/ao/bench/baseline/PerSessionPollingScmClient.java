package dev.ao.bench.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.operator.scm.PullRequestSnapshot;
import dev.ao.operator.scm.RateBudget;
import dev.ao.operator.scm.ScmClient;
import dev.ao.operator.scm.ScmException;
import dev.ao.operator.scm.ScmTarget;
import dev.ao.operator.scm.github.GitHubHttp;
import dev.ao.operator.scm.github.GitHubScmClient;
import dev.ao.operator.scm.github.GitHubSnapshots;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the benchmark compares against: polling as the seed did, one lookup per Session per cycle. Each
 * branch gets its own GraphQL query that reads the PR with its checks and review threads, so nothing is batched,
 * nothing is conditional, and an unchanged PR costs as much as a changed one.
 *
 * <p>The seed made several {@code gh} calls per Session (PR, checks, review decision, threads); folding them into
 * one query makes this baseline cheaper than the seed was, so the ratio the benchmark reports is conservative.
 * Writes (merge, comment) are the product's own, since the comparison is about reads.
 */
public final class PerSessionPollingScmClient implements ScmClient {
  /** The newest PR of one head branch, whatever its state, with everything the phase decision needs. */
  static final String BRANCH_QUERY =
      """
      query($owner: String!, $name: String!, $branch: String!) {
        rateLimit { cost limit remaining resetAt }
        repository(owner: $owner, name: $name) {
          pullRequests(headRefName: $branch, first: 1, orderBy: {field: CREATED_AT, direction: DESC}) { nodes {
            number url title state isDraft headRefName headRefOid updatedAt mergeable mergeStateStatus reviewDecision
            commits(last: 1) { nodes { commit { statusCheckRollup { state contexts(first: 50) { nodes {
              __typename
              ... on CheckRun { name status conclusion detailsUrl }
              ... on StatusContext { context state targetUrl description }
            } } } } } }
            reviewThreads(first: 50) { nodes {
              id isResolved isOutdated path line
              comments(first: 1) { nodes { author { __typename login } body url } }
            } }
          } }
        }
      }
      """;

  private final GitHubHttp http;
  private final GitHubScmClient writes;

  public PerSessionPollingScmClient(GitHubHttp http) {
    this.http = http;
    this.writes = new GitHubScmClient(http);
  }

  @Override
  public Map<String, PullRequestSnapshot> pollRepository(ScmTarget target, Set<String> branches) throws ScmException {
    Map<String, PullRequestSnapshot> out = new HashMap<>();
    for (String branch : branches) {
      JsonNode data = http.graphql(GitHubScmClient.graphqlUrl(target.apiUrl()), target.token(), BRANCH_QUERY,
          Map.of("owner", target.owner(), "name", target.repo(), "branch", branch));
      JsonNode pr = data.path("repository").path("pullRequests").path("nodes").path(0);
      if (!pr.isMissingNode() && !pr.isNull()) {
        out.put(branch, complete(pr));
      }
    }
    return out;
  }

  /** Only asked for a PR that vanished from its branch lookup; the seed had no such case, so it is the product's. */
  @Override
  public PullRequestSnapshot pullRequest(ScmTarget target, int number) throws ScmException {
    return writes.pullRequest(target, number);
  }

  /** The per-branch query already read checks and threads: nothing more to fetch. */
  @Override
  public Map<Integer, PullRequestSnapshot> withDetail(ScmTarget target, List<DetailRequest> requests) {
    Map<Integer, PullRequestSnapshot> out = new HashMap<>();
    requests.forEach(r -> out.put(r.summary().number(), r.summary()));
    return out;
  }

  @Override
  public MergeResult merge(ScmTarget target, int number, String headSha, ScmSpec.MergeMethod method) throws ScmException {
    return writes.merge(target, number, headSha, method);
  }

  @Override
  public void comment(ScmTarget target, int number, String body) throws ScmException {
    writes.comment(target, number, body);
  }

  @Override
  public List<RateBudget> budgets() {
    return http.budgets();
  }

  private static PullRequestSnapshot complete(JsonNode pr) {
    PullRequestSnapshot s = GitHubSnapshots.summary(pr);
    return new PullRequestSnapshot(s.number(), s.url(), s.title(), s.state(), s.draft(), s.headRef(), s.headSha(), s.updatedAt(),
        s.mergeable(), s.mergeStateStatus(), s.reviewDecision(), s.ci(), GitHubSnapshots.checks(pr), GitHubSnapshots.unresolvedThreads(pr));
  }
}
