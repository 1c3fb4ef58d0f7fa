package dev.ao.operator.scm;

/** One repository polled with one credential: the unit of batching. */
public record RepoKey(String apiUrl, String owner, String repo, String namespace, String secretName, String secretKey) {
  public String slug() {
    return owner + "/" + repo;
  }
}
