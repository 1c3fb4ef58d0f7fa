package dev.ao.sim.ops;

import dev.ao.sim.git.GitRepositories;
import dev.ao.sim.git.JGitFacts;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.PullRequest;
import dev.ao.sim.model.PullRequestAssessor;
import dev.ao.sim.model.Repo;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jgit.lib.Repository;

/** The shared state every operation works on: the model, the git repositories, and a timer for delayed CI. */
public final class GitHubBackend implements AutoCloseable {

  private final GitHubModel model;
  private final GitRepositories repositories;
  private final JGitFacts git;
  private final PullRequestAssessor assessor;
  private final ScheduledExecutorService timer;

  public GitHubBackend(GitHubModel model, GitRepositories repositories) {
    this.model = model;
    this.repositories = repositories;
    this.git = new JGitFacts(repositories);
    this.assessor = new PullRequestAssessor(git);
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "sim-ci-timer");
      thread.setDaemon(true);
      return thread;
    });
  }

  public GitHubModel model() {
    return model;
  }

  public GitRepositories repositories() {
    return repositories;
  }

  public JGitFacts git() {
    return git;
  }

  public PullRequestAssessor assessor() {
    return assessor;
  }

  public ScheduledExecutorService timer() {
    return timer;
  }

  public Repository gitRepository(Repo repo) {
    return git.repository(repo);
  }

  public Repo repo(String owner, String name) {
    return model.repo(owner, name).orElseThrow(() -> OperationException.notFound("Not Found"));
  }

  public PullRequest pull(Repo repo, int number) {
    PullRequest pr = repo.pull(number);
    if (pr == null) {
      throw OperationException.notFound("Not Found");
    }
    return pr;
  }

  /** Where the base branch is for this PR: the live tip while open, the recorded one afterwards. */
  public String baseSha(PullRequest pr) {
    if (!pr.isOpen() && pr.baseRefOidWhenClosed() != null) {
      return pr.baseRefOidWhenClosed();
    }
    return git.branchTip(pr.repo(), pr.baseRefName());
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
