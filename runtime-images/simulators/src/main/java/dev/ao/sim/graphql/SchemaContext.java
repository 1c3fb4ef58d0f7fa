package dev.ao.sim.graphql;

import dev.ao.sim.http.SimUrls;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.PullRequestAssessment;
import dev.ao.sim.ops.GitHubBackend;
import dev.ao.sim.ops.Operations;
import graphql.schema.DataFetchingEnvironment;

/** What the data fetchers share: operations, URLs, and the per-request context. */
record SchemaContext(Operations ops, SimUrls urls) {

  GitHubBackend backend() {
    return ops.backend();
  }

  PullRequestAssessment assess(PullRequest pr) {
    return ops.backend().assessor().assess(pr);
  }

  static RequestContext request(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get(RequestContext.KEY);
  }
}
