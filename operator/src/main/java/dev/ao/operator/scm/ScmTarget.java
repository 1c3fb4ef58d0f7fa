package dev.ao.operator.scm;

/**
 * A repository on an SCM host plus the credential to reach it. {@link #toString()} never shows
 * the token, so a target can be logged.
 */
public record ScmTarget(String apiUrl, String owner, String repo, String token) {
  public String slug() {
    return owner + "/" + repo;
  }

  @Override
  public String toString() {
    return apiUrl + " " + slug();
  }
}
