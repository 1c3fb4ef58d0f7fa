package dev.ao.operator.scm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.operator.scm.github.GitHubHttp;
import dev.ao.operator.scm.github.GitHubScmClient;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.SimulatorOptions;
import dev.ao.sim.api.RateResource;
import dev.ao.sim.api.SimulatorStats;
import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.RepoSpec;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared poller's request economy and resilience, counted by the GitHub simulator. */
class ScmPollerIT {
  static final int SESSIONS = 50;
  static final int PENDING_CI = 10;
  private GitHubSimulator sim;
  private SimulatorControl github;
  private ScmPoller poller;
  private final Set<ResourceID> changed = new HashSet<>();
  private final List<String> shas = new ArrayList<>();
  private final List<Integer> numbers = new ArrayList<>();
  private RepoKey repo;

  @BeforeEach
  void start() {
    sim = GitHubSimulator.start(SimulatorOptions.defaults());
    github = sim.control();
    github.addToken("poll-token", "operator-bot");
    github.createRepo(RepoSpec.of("acme", "webapp"));
    for (int i = 0; i < SESSIONS; i++) {
      String branch = "feat/" + i;
      String sha = github.commit("acme", "webapp", branch, "work " + i, Map.of("f" + i + ".txt", "x\n"), "operator-bot");
      numbers.add(github.createPullRequest("acme", "webapp", branch, "main", "PR " + i, "", "operator-bot"));
      if (i >= PENDING_CI) {
        github.setCheckRun("acme", "webapp", sha, "build", CheckStatus.COMPLETED, CheckConclusion.SUCCESS);
      } else {
        github.setCheckRun("acme", "webapp", sha, "build", CheckStatus.IN_PROGRESS, null);
      }
      shas.add(sha);
    }
    poller = new ScmPoller(new GitHubScmClient(new GitHubHttp(Clock.systemUTC(), r -> {})), (ns, name, key) -> "poll-token",
        Clock.systemUTC(), new SplittableRandom(1));
    poller.onChange(changed::addAll);
    repo = new RepoKey(sim.apiUrl(), "acme", "webapp", "ns", "s", "token");
    for (int i = 0; i < SESSIONS; i++) {
      poller.track(id(i), new ScmPoller.Tracked(repo, "feat/" + i, Duration.ofSeconds(30)));
    }
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private static ResourceID id(int i) {
    return new ResourceID("s-" + i, "ns");
  }

  private SimulatorStats cycle() {
    github.resetStats();
    changed.clear();
    poller.pollRepository(repo, sessions(), Instant.now());
    return github.stats();
  }

  private List<Map.Entry<ResourceID, ScmPoller.Tracked>> sessions() {
    List<Map.Entry<ResourceID, ScmPoller.Tracked>> list = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      list.add(Map.entry(id(i), new ScmPoller.Tracked(repo, "feat/" + i, Duration.ofSeconds(30))));
    }
    return list;
  }

  @Test
  void should_poll_fifty_sessions_with_one_graphql_request_and_only_304s_when_nothing_changed() {
    SimulatorStats first = cycle();
    assertThat(changed).hasSize(SESSIONS);
    SimulatorStats quiet = cycle();
    SimulatorStats quietAgain = cycle();
    System.out.printf("[poll] 50 sessions: first cycle graphql=%d (points %d) rest200=%d rest304=%d; unchanged cycle graphql=%d (points %d) rest200=%d rest304=%d%n",
        first.graphql(), first.graphqlPoints(), first.rest2xx(), first.rest304(), quiet.graphql(), quiet.graphqlPoints(), quiet.rest2xx(), quiet.rest304());
    assertThat(first.graphql()).as("the batch, then all 50 PRs detailed 25 to a request").isEqualTo(1 + 2);
    assertThat(quiet.graphql()).isEqualTo(1);
    assertThat(quiet.graphqlPoints()).isEqualTo(1);
    assertThat(quiet.rest2xx()).as("no primary-limit REST spend when nothing changed").isZero();
    assertThat(quiet.rest304()).as("pending CI revalidated with ETags").isEqualTo(PENDING_CI);
    assertThat(changed).as("nothing changed, nobody reconciles").isEmpty();
    assertThat(quietAgain).isEqualTo(quiet);
    assertThat(poller.snapshot(id(0)).orElseThrow().ci()).isEqualTo(PullRequestSnapshot.CiState.PENDING);
  }

  @Test
  void should_see_a_change_on_the_next_cycle_and_fetch_detail_only_for_that_pr() {
    cycle();
    cycle();
    github.setCheckRun("acme", "webapp", shas.get(20), "lint", CheckStatus.COMPLETED, CheckConclusion.FAILURE);

    SimulatorStats stats = cycle();

    assertThat(changed).containsExactly(id(20));
    PullRequestSnapshot pr = poller.snapshot(id(20)).orElseThrow();
    assertThat(pr.ci()).isEqualTo(PullRequestSnapshot.CiState.FAILING);
    assertThat(pr.failingChecks()).extracting(PullRequestSnapshot.CheckResult::name).containsExactly("lint");
    assertThat(stats.graphql()).as("batch + one detail").isEqualTo(2);
  }

  @Test
  void should_back_off_on_rate_limits_and_5xx_storms_and_catch_up_without_missing_a_transition() {
    cycle();
    github.failNextRequests(3, 502);
    for (int storm = 0; storm < 3; storm++) {
      cycle();
      assertThat(poller.repoState(repo).orElseThrow().lastError()).contains("502");
    }
    github.setCheckRun("acme", "webapp", shas.get(30), "build", CheckStatus.COMPLETED, CheckConclusion.FAILURE);
    Instant reset = Instant.now().plusSeconds(120);
    github.exhaustRateLimit(RateResource.GRAPHQL, reset);
    cycle();
    ScmPoller.RepoState limited = poller.repoState(repo).orElseThrow();
    assertThat(limited.lastError()).containsIgnoringCase("rate limit");
    assertThat(limited.nextPollAt()).as("sleeps until the reset (GitHub reports it in whole seconds)").isAfterOrEqualTo(reset.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(changed).isEmpty();

    github.resetRateLimits();
    github.clearFaults();
    cycle();

    assertThat(changed).contains(id(30));
    assertThat(poller.snapshot(id(30)).orElseThrow().ci()).isEqualTo(PullRequestSnapshot.CiState.FAILING);
    assertThat(poller.repoState(repo).orElseThrow().lastError()).isNull();
  }

  @Test
  void should_detail_every_pr_changed_in_one_cycle_together_and_keep_each_prs_own_threads() {
    cycle();
    cycle();
    // GitHub's updatedAt has whole seconds: a review in the same second as the PR's last change would not move it.
    sleepIntoNextSecond();
    int reviewed = 30;
    for (int i = 0; i < reviewed; i++) {
      github.addReviewThread("acme", "webapp", numbers.get(i), "f" + i + ".txt", i + 1, "Handle case " + i, "reviewer", false);
      github.submitReview("acme", "webapp", numbers.get(i), "reviewer", false, dev.ao.sim.model.ReviewState.CHANGES_REQUESTED, "Needs work");
    }

    SimulatorStats stats = cycle();
    System.out.printf("[poll] %d of 50 PRs reviewed in one cycle: graphql=%d (points %d) rest200=%d rest304=%d%n",
        reviewed, stats.graphql(), stats.graphqlPoints(), stats.rest2xx(), stats.rest304());

    assertThat(changed).hasSize(reviewed);
    assertThat(stats.graphql()).as("the batch and one detail request per 25 changed PRs").isEqualTo(1 + 2);
    assertThat(stats.graphqlPoints()).as("about 0.53 points per detailed PR instead of one each").isLessThan(1 + reviewed);
    for (int i = 0; i < reviewed; i++) {
      int index = i;
      assertThat(poller.snapshot(id(i)).orElseThrow().unresolvedThreads()).as("PR %d's threads", i).singleElement()
          .satisfies(t -> assertThat(t.path()).isEqualTo("f" + index + ".txt"))
          .satisfies(t -> assertThat(t.line()).isEqualTo(index + 1));
    }
    assertThat(poller.snapshot(id(reviewed)).orElseThrow().unresolvedThreads()).isEmpty();
  }

  private static void sleepIntoNextSecond() {
    try {
      Thread.sleep(1000 - System.currentTimeMillis() % 1000 + 50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
