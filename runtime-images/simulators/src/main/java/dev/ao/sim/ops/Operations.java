package dev.ao.sim.ops;

/** Every operation on the simulated GitHub, wired once and shared by REST, GraphQL, git and the control API. */
public record Operations(
    GitHubBackend backend,
    RepoOperations repos,
    PullRequestOperations pulls,
    ReviewOperations reviews,
    IssueOperations issues,
    CheckOperations checks,
    CiRunner ci,
    PushProcessor pushes) {

  public static Operations wire(GitHubBackend backend) {
    CheckOperations checks = new CheckOperations(backend);
    CiRunner ci = new CiRunner(backend, checks);
    PushProcessor pushes = new PushProcessor(backend, ci);
    return new Operations(
        backend,
        new RepoOperations(backend, pushes),
        new PullRequestOperations(backend, pushes),
        new ReviewOperations(backend),
        new IssueOperations(backend),
        checks,
        ci,
        pushes);
  }
}
