package dev.ao.bench.github;

import dev.ao.sim.api.RateResource;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.RepoSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The GitHub side of the benchmark, built through the simulator's control API: R repositories whose {@code main}
 * requires the {@code ci} check and one approval, and one branch per Session with its PR in a mixed state.
 */
public final class GitHubWorld {
  public static final String OWNER = "acme";
  /** The operator's token; its account gets a budget no run can exhaust, so both modes are measured unthrottled. */
  public static final String OPERATOR_TOKEN = "ghp_bench_operator";
  static final String OPERATOR_LOGIN = "ao-operator";
  static final String AGENT = "agent-bot";
  static final String REVIEWER = "reviewer";
  static final String MAINTAINER = "maintainer";
  static final String CHECK = "ci";
  private static final int UNLIMITED = 100_000_000;

  private final List<String> repos;
  private final List<BranchWork> branches;

  private GitHubWorld(List<String> repos, List<BranchWork> branches) {
    this.repos = repos;
    this.branches = branches;
  }

  public static String repoName(int index) {
    return String.format("repo-%02d", index);
  }

  public static String sessionName(int index) {
    return String.format("s-%04d", index);
  }

  public static GitHubWorld create(SimulatorControl github, int repoCount, int sessionCount, RandomGenerator random) {
    github.addToken(OPERATOR_TOKEN, OPERATOR_LOGIN);
    Instant later = Instant.now().plus(6, ChronoUnit.HOURS);
    github.setRateLimit(OPERATOR_LOGIN, RateResource.GRAPHQL, UNLIMITED, UNLIMITED, later);
    github.setRateLimit(OPERATOR_LOGIN, RateResource.CORE, UNLIMITED, UNLIMITED, later);
    List<String> repos = new ArrayList<>();
    for (int r = 0; r < repoCount; r++) {
      repos.add(repoName(r));
      github.createRepo(RepoSpec.of(OWNER, repoName(r)).withProtection(new BranchProtection(List.of(CHECK), 1, false)));
    }
    List<BranchWork> branches = new ArrayList<>();
    for (int i = 0; i < sessionCount; i++) {
      String session = sessionName(i);
      String repo = repos.get(i % repoCount);
      String branch = "bench/" + session;
      // Each branch changes its own file, so no PR ever conflicts with another's merge.
      String sha = github.commit(OWNER, repo, branch, "work on " + session, Map.of("work/" + session + ".txt", session + "\n"), AGENT);
      BranchWork work = new BranchWork(session, repo, branch, sha);
      prepare(github, work, InitialState.pick(random));
      branches.add(work);
    }
    return new GitHubWorld(List.copyOf(repos), List.copyOf(branches));
  }

  private static void prepare(SimulatorControl github, BranchWork w, InitialState state) {
    if (state == InitialState.NO_PR) {
      return;
    }
    w.opened(github.createPullRequest(OWNER, w.repo(), w.branch(), "main", "Work of " + w.session(), "Benchmark PR", AGENT));
    switch (state) {
      case CI_PENDING -> {
        github.setCheckRun(OWNER, w.repo(), w.headSha(), CHECK, CheckStatus.IN_PROGRESS, null);
        w.ci(CiState.PENDING);
      }
      case CI_FAILING -> {
        github.setCheckRun(OWNER, w.repo(), w.headSha(), CHECK, CheckStatus.COMPLETED, CheckConclusion.FAILURE);
        w.ci(CiState.FAILING);
      }
      case REVIEW_PENDING -> green(github, w);
      case CHANGES_REQUESTED -> {
        green(github, w);
        github.addReviewThread(OWNER, w.repo(), w.number(), "work/" + w.session() + ".txt", 1, "Please handle the empty case.", REVIEWER, false);
        github.submitReview(OWNER, w.repo(), w.number(), REVIEWER, false, dev.ao.sim.model.ReviewState.CHANGES_REQUESTED, "Needs work");
        w.review(ReviewState.CHANGES_REQUESTED);
      }
      case APPROVED_AND_GREEN -> {
        green(github, w);
        github.submitReview(OWNER, w.repo(), w.number(), REVIEWER, false, dev.ao.sim.model.ReviewState.APPROVED, "LGTM");
        w.review(ReviewState.APPROVED);
      }
      default -> throw new IllegalStateException(state.name());
    }
  }

  private static void green(SimulatorControl github, BranchWork w) {
    github.setCheckRun(OWNER, w.repo(), w.headSha(), CHECK, CheckStatus.COMPLETED, CheckConclusion.SUCCESS);
    w.ci(CiState.PASSING);
  }

  public List<String> repos() {
    return repos;
  }

  public List<BranchWork> branches() {
    return branches;
  }
}
