package dev.ao.sim.ops;

import dev.ao.sim.model.Actor;
import dev.ao.sim.model.CheckRun;
import dev.ao.sim.model.CheckStatus;
import dev.ao.sim.model.Repo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs each repository's {@link CiPolicy} on pushes: creates the check runs and completes them, now or later. */
public final class CiRunner {

  private static final Logger LOG = Logger.getLogger(CiRunner.class.getName());

  private final GitHubBackend backend;
  private final CheckOperations checks;
  private final Actor ciApp;
  private final Map<String, CiPolicy> policies = new ConcurrentHashMap<>();
  private final Map<String, Integer> pushCounts = new ConcurrentHashMap<>();

  public CiRunner(GitHubBackend backend, CheckOperations checks) {
    this.backend = backend;
    this.checks = checks;
    this.ciApp = backend.model().actor("sim-ci", true);
  }

  /** Sets (or with null, removes) the policy of a repository. */
  public void setPolicy(Repo repo, CiPolicy policy) {
    if (policy == null) {
      policies.remove(repo.id());
    } else {
      policies.put(repo.id(), policy);
    }
  }

  void onPush(Repo repo, String branch, String sha) {
    CiPolicy policy = policies.get(repo.id());
    if (policy == null) {
      return;
    }
    int pushNumber = pushCounts.merge(repo.id() + "\n" + branch, 1, Integer::sum);
    List<CiOutcome> outcomes = policy.checksFor(new CiPush(repo.nameWithOwner(), branch, sha, pushNumber));
    for (CiOutcome outcome : outcomes) {
      CheckRun run = checks.create(
          repo, CheckRunInput.of(outcome.name(), sha, CheckStatus.IN_PROGRESS, null), ciApp);
      if (outcome.conclusion() == null) {
        continue;
      }
      CheckRunInput completion = new CheckRunInput(
          null, null, null, outcome.conclusion(), null, null, outcome.name(), outcome.summary(), null, null);
      if (outcome.delay().isZero()) {
        checks.update(repo, run.databaseId(), completion);
      } else {
        backend.timer().schedule(
            () -> completeLater(repo, run.databaseId(), completion),
            outcome.delay().toMillis(),
            TimeUnit.MILLISECONDS);
      }
    }
  }

  private void completeLater(Repo repo, long checkRunId, CheckRunInput completion) {
    try {
      checks.update(repo, checkRunId, completion);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "simulated CI could not complete check run " + checkRunId, e);
    }
  }
}
