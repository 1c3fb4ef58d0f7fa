package dev.ao.sim.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns exceptions thrown by data fetchers into GraphQL errors with GitHub's wording: a {@link
 * GitHubGraphQlException} keeps its message and carries its type (moved to the error's top level on the wire);
 * anything else is an internal error.
 */
final class GitHubErrorHandler implements DataFetcherExceptionHandler {

  private static final Logger LOG = Logger.getLogger(GitHubErrorHandler.class.getName());

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters params) {
    Throwable e = params.getException();
    GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
        .path(params.getPath())
        .location(params.getSourceLocation());
    if (e instanceof GitHubGraphQlException github) {
      error.message(github.getMessage()).extensions(Map.of("type", github.type()));
    } else {
      LOG.log(Level.WARNING, "GraphQL data fetcher failed at " + params.getPath(), e);
      error.message("Something went wrong while executing your query: " + e);
    }
    return CompletableFuture.completedFuture(
        DataFetcherExceptionHandlerResult.newResult().error(error.build()).build());
  }
}
