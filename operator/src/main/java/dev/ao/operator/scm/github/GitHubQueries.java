package dev.ao.operator.scm.github;

/**
 * The GraphQL documents, shaped for GitHub's cost model: the per-cycle batch asks only for
 * summary fields and the rollup state (about 1 point per 100 PRs); threads and individual checks
 * are asked for only for PRs whose summary changed, all of a repository's in one request.
 */
final class GitHubQueries {
  private static final String PR_SUMMARY =
      """
      fragment summary on PullRequest {
        number url title state isDraft headRefName headRefOid updatedAt mergeable mergeStateStatus reviewDecision
        commits(last: 1) { nodes { commit { statusCheckRollup { state } } } }
      }
      """;

  /** First page: open PRs plus the recently merged/closed ones (merges bump updatedAt). */
  static final String BATCH_FIRST =
      """
      query($owner: String!, $name: String!) {
        rateLimit { cost limit remaining resetAt }
        repository(owner: $owner, name: $name) {
          open: pullRequests(states: [OPEN], first: 100) { pageInfo { hasNextPage endCursor } nodes { ...summary } }
          recent: pullRequests(states: [MERGED, CLOSED], first: 25, orderBy: {field: UPDATED_AT, direction: DESC}) { nodes { ...summary } }
        }
      }
      """ + PR_SUMMARY;

  /** Further pages of open PRs, for repositories with more than 100 open. */
  static final String BATCH_NEXT =
      """
      query($owner: String!, $name: String!, $after: String) {
        rateLimit { cost limit remaining resetAt }
        repository(owner: $owner, name: $name) {
          open: pullRequests(states: [OPEN], first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...summary } }
        }
      }
      """ + PR_SUMMARY;

  /** One PR by number: for a tracked PR that fell out of the batch window. */
  static final String ONE =
      """
      query($owner: String!, $name: String!, $number: Int!) {
        rateLimit { cost limit remaining resetAt }
        repository(owner: $owner, name: $name) { pullRequest(number: $number) { ...summary } }
      }
      """ + PR_SUMMARY;

  /** Most PRs detailed in one request: about 0.53 points each, so a full request costs 13 and stays far below node limits. */
  static final int DETAIL_BATCH = 25;

  /**
   * Detail of {@code count} PRs in one request, aliased {@code pr0..prN} with variables {@code $n0..$nN}: every check
   * with whether it is required for that PR, and the review threads. GitHub charges each PR's connections (53
   * "requests", 0.53 points) whether batched or not, but a query costs at least one point: batched, a cycle in which
   * many PRs changed costs one request per 25 PRs and about half the points of one query each.
   */
  static String detail(int count) {
    StringBuilder q = new StringBuilder("query($owner: String!, $name: String!");
    for (int i = 0; i < count; i++) {
      q.append(", $n").append(i).append(": Int!");
    }
    q.append(") {\n  rateLimit { cost limit remaining resetAt }\n  repository(owner: $owner, name: $name) {\n");
    for (int i = 0; i < count; i++) {
      q.append(PR_DETAIL.replace("$ALIAS", "pr" + i).replace("$NUMBER", "$n" + i));
    }
    return q.append("  }\n}\n").toString();
  }

  private static final String PR_DETAIL =
      """
          $ALIAS: pullRequest(number: $NUMBER) {
            commits(last: 1) { nodes { commit { statusCheckRollup { state contexts(first: 50) { nodes {
              __typename
              ... on CheckRun { name status conclusion detailsUrl isRequired(pullRequestNumber: $NUMBER) }
              ... on StatusContext { context state targetUrl description isRequired(pullRequestNumber: $NUMBER) }
            } } } } } }
            reviewThreads(first: 50) { nodes {
              id isResolved isOutdated path line
              comments(first: 1) { nodes { author { __typename login } body url } }
            } }
          }
      """;

  private GitHubQueries() {}
}
