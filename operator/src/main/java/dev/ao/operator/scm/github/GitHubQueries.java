package dev.ao.operator.scm.github;

/**
 * The GraphQL documents, shaped for GitHub's cost model: the per-cycle batch asks only for
 * summary fields and the rollup state (about 1 point per 100 PRs); threads and individual checks
 * are asked for per PR, and only when that PR's summary changed.
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

  /** Detail of one PR: every check with whether it is required, and the review threads. */
  static final String DETAIL =
      """
      query($owner: String!, $name: String!, $number: Int!) {
        rateLimit { cost limit remaining resetAt }
        repository(owner: $owner, name: $name) {
          pullRequest(number: $number) {
            commits(last: 1) { nodes { commit { statusCheckRollup { state contexts(first: 50) { nodes {
              __typename
              ... on CheckRun { name status conclusion detailsUrl isRequired(pullRequestNumber: $number) }
              ... on StatusContext { context state targetUrl description isRequired(pullRequestNumber: $number) }
            } } } } } }
            reviewThreads(first: 50) { nodes {
              id isResolved isOutdated path line
              comments(first: 1) { nodes { author { __typename login } body url } }
            } }
          }
        }
      }
      """;

  private GitHubQueries() {}
}
