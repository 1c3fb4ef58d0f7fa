package dev.ao.sim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The combined CI state of one commit, as GitHub's {@code statusCheckRollup}: the latest check run per name and app
 * plus the latest status per context, folded into one {@link StatusState}.
 */
public record CheckRollup(
    Repo repo, String sha, List<CheckRun> checkRuns, List<CommitStatus> statuses, StatusState state) {

  /** How one required check stands on a commit. */
  public enum Requirement {
    PASSING,
    PENDING,
    FAILING,
    MISSING
  }

  /** The rollup of a commit, or empty when nothing was reported for it (GitHub's rollup is then null). */
  public static Optional<CheckRollup> of(Repo repo, String sha) {
    if (sha == null) {
      return Optional.empty();
    }
    List<CheckRun> runs = latestRuns(repo.checkRunsFor(sha));
    List<CommitStatus> statuses = latestStatuses(repo.statusesFor(sha));
    if (runs.isEmpty() && statuses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CheckRollup(repo, sha, runs, statuses, fold(runs, statuses)));
  }

  /** Check runs first, then statuses: the element type of the GraphQL {@code contexts} union. */
  public List<Object> contexts() {
    List<Object> all = new ArrayList<>(checkRuns);
    all.addAll(statuses);
    return all;
  }

  public Requirement requirement(String name) {
    for (CheckRun run : checkRuns) {
      if (run.name().equals(name)) {
        if (!run.isCompleted()) {
          return Requirement.PENDING;
        }
        return run.conclusion().satisfiesRequirement() ? Requirement.PASSING : Requirement.FAILING;
      }
    }
    for (CommitStatus status : statuses) {
      if (status.context().equals(name)) {
        return switch (status.state()) {
          case SUCCESS -> Requirement.PASSING;
          case PENDING, EXPECTED -> Requirement.PENDING;
          case ERROR, FAILURE -> Requirement.FAILING;
        };
      }
    }
    return Requirement.MISSING;
  }

  private static List<CheckRun> latestRuns(List<CheckRun> all) {
    Map<String, CheckRun> latest = new LinkedHashMap<>();
    for (CheckRun run : all) {
      latest.put(run.app().login() + "\n" + run.name(), run);
    }
    return List.copyOf(latest.values());
  }

  private static List<CommitStatus> latestStatuses(List<CommitStatus> all) {
    Map<String, CommitStatus> latest = new LinkedHashMap<>();
    for (CommitStatus status : all) {
      latest.put(status.context(), status);
    }
    return List.copyOf(latest.values());
  }

  private static StatusState fold(List<CheckRun> runs, List<CommitStatus> statuses) {
    boolean failure = false;
    boolean error = false;
    boolean pending = false;
    for (CheckRun run : runs) {
      if (!run.isCompleted()) {
        pending = true;
      } else if (run.conclusion().isFailing()) {
        failure = true;
      }
    }
    for (CommitStatus status : statuses) {
      switch (status.state()) {
        case FAILURE -> failure = true;
        case ERROR -> error = true;
        case PENDING, EXPECTED -> pending = true;
        case SUCCESS -> { }
      }
    }
    if (failure) {
      return StatusState.FAILURE;
    }
    if (error) {
      return StatusState.ERROR;
    }
    return pending ? StatusState.PENDING : StatusState.SUCCESS;
  }
}
