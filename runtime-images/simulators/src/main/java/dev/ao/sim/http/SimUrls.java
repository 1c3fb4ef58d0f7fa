package dev.ao.sim.http;

/**
 * The URLs the GitHub simulator hands out, GitHub Enterprise style: web and git at the root, REST under
 * {@code /api/v3}, GraphQL at {@code /api/graphql}.
 */
public record SimUrls(String base) {

  public String api() {
    return base + "/api/v3";
  }

  public String graphql() {
    return base + "/api/graphql";
  }

  public String repoApi(String nameWithOwner) {
    return api() + "/repos/" + nameWithOwner;
  }

  public String repoHtml(String nameWithOwner) {
    return base + "/" + nameWithOwner;
  }

  public String cloneUrl(String nameWithOwner) {
    return base + "/" + nameWithOwner + ".git";
  }

  public String pullHtml(String nameWithOwner, int number) {
    return repoHtml(nameWithOwner) + "/pull/" + number;
  }

  public String issueHtml(String nameWithOwner, int number) {
    return repoHtml(nameWithOwner) + "/issues/" + number;
  }

  public String userHtml(String login) {
    return base + "/" + login;
  }

  public String avatar(long id) {
    return base + "/avatars/u/" + id;
  }
}
