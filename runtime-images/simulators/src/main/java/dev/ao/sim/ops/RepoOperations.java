package dev.ao.sim.ops;

import dev.ao.sim.git.CommitWriter;
import dev.ao.sim.git.RefChange;
import dev.ao.sim.model.Actor;
import dev.ao.sim.model.BranchProtection;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.Repo;
import dev.ao.sim.model.RepoSpec;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/** Repositories, branch protection, and commits written directly (the seed data of tests and the demo). */
public final class RepoOperations {

  private final GitHubBackend backend;
  private final GitHubModel model;
  private final PushProcessor pushes;

  public RepoOperations(GitHubBackend backend, PushProcessor pushes) {
    this.backend = backend;
    this.model = backend.model();
    this.pushes = pushes;
  }

  /** Creates the bare git repository and its model; 422 if it already exists, as GitHub's create-repo does. */
  public Repo create(RepoSpec spec) {
    Repo repo = model.atomically(() -> {
      if (model.repo(spec.owner(), spec.name()).isPresent()) {
        throw OperationException.custom("Repository", "name already exists on this account");
      }
      Repo created = register(spec.owner(), spec.name(), spec.defaultBranch(), spec.anonymousRead());
      created.protect(spec.defaultBranch(), spec.protection());
      return created;
    });
    backend.repositories().create(spec.owner(), spec.name(), spec.defaultBranch());
    model.events().record("repository.created", repo.nameWithOwner(), null, spec.defaultBranch());
    if (!spec.initialFiles().isEmpty()) {
      commit(repo, spec.defaultBranch(), "Initial commit", spec.initialFiles(), repo.owner());
    }
    return repo;
  }

  /**
   * Serves a repository found on disk from an earlier run. Its issues and PRs are gone (the model is in memory);
   * its branches and history are intact.
   */
  public Repo adoptExisting(String owner, String name) {
    Repository git = backend.repositories().open(owner, name);
    String head;
    try {
      head = git.getBranch();
    } catch (java.io.IOException e) {
      head = "main";
    }
    String defaultBranch = head;
    return model.atomically(() -> model.repo(owner, name)
        .orElseGet(() -> register(owner, name, defaultBranch, false)));
  }

  private Repo register(String owner, String name, String defaultBranch, boolean anonymousRead) {
    long id = model.ids().nextDatabaseId();
    Repo repo = new Repo(id, Ids.nodeId("R", id), model.actor(owner, false), name, defaultBranch, anonymousRead);
    model.addRepo(repo);
    return repo;
  }

  public void protect(Repo repo, String branch, BranchProtection protection) {
    model.atomically(() -> repo.protect(branch, protection));
    model.events().record("branch_protection_rule.edited", repo.nameWithOwner(), null, branch);
  }

  /**
   * Commits files on a branch as {@code author} and processes it like a push. A null content deletes the file.
   *
   * @return the new commit SHA
   */
  public String commit(Repo repo, String branch, String message, Map<String, String> files, Actor author) {
    RefChange change = CommitWriter.commit(
        backend.gitRepository(repo), branch, message, files, identity(author));
    pushes.onRefsChanged(repo, author, List.of(change));
    return change.newSha();
  }

  /** Creates or moves a branch to the commit {@code fromRevision} resolves to. */
  public String createBranch(Repo repo, String branch, String fromRevision, Actor by) {
    String sha = backend.git().resolve(repo, fromRevision);
    if (sha == null) {
      throw OperationException.custom("Reference", "Object does not exist: " + fromRevision);
    }
    RefChange change = CommitWriter.createBranch(backend.gitRepository(repo), branch, sha);
    pushes.onRefsChanged(repo, by, List.of(change));
    return sha;
  }

  /** The git identity GitHub gives an account: its login and its noreply address. */
  public static PersonIdent identity(Actor actor) {
    return new PersonIdent(actor.login(), actor.id() + "+" + actor.login() + "@users.noreply.github.com");
  }
}
