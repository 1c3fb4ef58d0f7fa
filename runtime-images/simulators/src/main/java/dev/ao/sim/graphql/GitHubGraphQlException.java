package dev.ao.sim.graphql;

/**
 * An error GitHub reports in the {@code errors} array with a {@code type} ({@code NOT_FOUND}, {@code UNPROCESSABLE},
 * {@code MISSING_PAGINATION_BOUNDARIES}, {@code EXCESSIVE_PAGINATION} ...).
 */
public final class GitHubGraphQlException extends RuntimeException {

  private final String type;

  public GitHubGraphQlException(String type, String message) {
    super(message);
    this.type = type;
  }

  public String type() {
    return type;
  }
}
