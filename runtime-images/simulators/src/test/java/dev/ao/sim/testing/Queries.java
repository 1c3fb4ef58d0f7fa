package dev.ao.sim.testing;

/** GraphQL documents shaped like the operator's: one batched query per repository per poll cycle. */
public final class Queries {

  private Queries() {}

  /** Every open PR of a repository with head SHA, CI rollup, review decision, reviews and threads. */
  public static final String PR_BATCH = """
      query PrBatch($owner: String!, $name: String!, $after: String) {
        rateLimit { limit cost remaining resetAt used }
        repository(owner: $owner, name: $name) {
          pullRequests(first: 50, after: $after, states: [OPEN, MERGED, CLOSED],
                       orderBy: {field: UPDATED_AT, direction: DESC}) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              number url title state isDraft merged mergedAt closed
              headRefName baseRefName headRefOid updatedAt
              mergeable mergeStateStatus reviewDecision
              author { login __typename }
              commits(last: 1) { nodes { commit { oid statusCheckRollup {
                state
                contexts(first: 20) { nodes {
                  __typename
                  ... on CheckRun { name status conclusion detailsUrl isRequired(pullRequestNumber: 1) summary text }
                  ... on StatusContext { context state targetUrl description isRequired(pullRequestNumber: 1) }
                } }
              } } } }
              reviews(last: 10) { nodes { state author { login } body submittedAt } }
              reviewThreads(first: 20) { nodes {
                id isResolved isOutdated path line
                comments(first: 5) { nodes { author { login __typename } body url createdAt } }
              } }
            }
          }
        }
      }
      """;
}
