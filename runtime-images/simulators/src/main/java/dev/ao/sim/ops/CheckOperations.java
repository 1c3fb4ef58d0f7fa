package dev.ao.sim.ops;

import dev.ao.sim.model.Actor;
import dev.ao.sim.model.CheckRun;
import dev.ao.sim.model.CommitStatus;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.StatusState;

/** Check runs (Checks API) and commit statuses (Statuses API): how CI reports on a commit. */
public final class CheckOperations {

  private final GitHubBackend backend;
  private final GitHubModel model;

  public CheckOperations(GitHubBackend backend) {
    this.backend = backend;
    this.model = backend.model();
  }

  /** Creates a check run; GitHub requires a name and a head SHA that exists in the repository. */
  public CheckRun create(Repo repo, CheckRunInput input, Actor app) {
    if (input.name() == null || input.name().isBlank()) {
      throw OperationException.invalid("CheckRun", "name", "missing_field");
    }
    String sha = requireCommit(repo, input.headSha());
    return model.atomically(() -> {
      long id = model.ids().nextDatabaseId();
      CheckRun run = new CheckRun(id, Ids.nodeId("CR", id), repo, input.name(), sha, app);
      apply(run, input);
      repo.addCheckRun(run);
      model.index(run.id(), run);
      touchPullsWithHead(repo, sha);
      record(run, "check_run.created");
      return run;
    });
  }

  public CheckRun update(Repo repo, long checkRunId, CheckRunInput input) {
    return model.atomically(() -> {
      CheckRun run = repo.checkRun(checkRunId);
      if (run == null) {
        throw OperationException.notFound("Not Found");
      }
      boolean wasCompleted = run.isCompleted();
      apply(run, input);
      touchPullsWithHead(repo, run.headSha());
      record(run, !wasCompleted && run.isCompleted() ? "check_run.completed" : "check_run.updated");
      return run;
    });
  }

  /** A commit status; GitHub requires a state and a known commit. The context defaults to "default". */
  public CommitStatus createStatus(
      Repo repo, String sha, StatusState state, String targetUrl, String description, String context, Actor by) {
    if (state == null || state == StatusState.EXPECTED) {
      throw OperationException.invalid("Status", "state", "invalid");
    }
    String commit = requireCommit(repo, sha);
    return model.atomically(() -> {
      long id = model.ids().nextDatabaseId();
      CommitStatus status = new CommitStatus(
          id,
          Ids.nodeId("SC", id),
          repo,
          commit,
          context == null || context.isBlank() ? "default" : context,
          state,
          targetUrl,
          description,
          by,
          model.now());
      repo.addStatus(status);
      model.index(status.id(), status);
      touchPullsWithHead(repo, commit);
      model.events().record("status", repo.nameWithOwner(), null, status.context() + "=" + state + " " + commit);
      return status;
    });
  }

  private String requireCommit(Repo repo, String sha) {
    if (sha == null || sha.isBlank()) {
      throw OperationException.invalid("CheckRun", "head_sha", "missing_field");
    }
    String resolved = backend.git().resolve(repo, sha);
    if (resolved == null) {
      throw OperationException.custom("Commit", "No commit found for SHA: " + sha);
    }
    return resolved;
  }

  private void apply(CheckRun run, CheckRunInput input) {
    run.setProgress(input.status(), input.conclusion(), model.now());
    if (input.detailsUrl() != null) {
      run.setDetailsUrl(input.detailsUrl());
    }
    if (input.externalId() != null) {
      run.setExternalId(input.externalId());
    }
    run.setOutput(input.title(), input.summary(), input.text());
    run.addAnnotations(input.annotations());
  }

  /** A PR's {@code updatedAt} moves when its head's checks change, which is what pollers sort on. */
  private void touchPullsWithHead(Repo repo, String sha) {
    repo.pulls().stream()
        .filter(pr -> pr.isOpen() && sha.equals(pr.headRefOid()))
        .forEach(pr -> pr.touch(model.now()));
  }

  private void record(CheckRun run, String type) {
    String conclusion = run.conclusion() == null ? run.status().name() : run.conclusion().name();
    model.events().record(
        type, run.repo().nameWithOwner(), null, run.name() + "=" + conclusion + " " + run.headSha());
  }
}
