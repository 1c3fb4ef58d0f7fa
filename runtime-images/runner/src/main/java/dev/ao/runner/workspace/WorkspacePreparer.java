package dev.ao.runner.workspace;

import dev.ao.runner.Log;
import dev.ao.runner.RunnerFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;

/**
 * Brings the workspace to "repository on the Session's branch, ready for the agent".
 *
 * <p>Init-then-fetch rather than clone makes one path serve both a fresh volume (which may
 * already hold {@code lost+found}) and a volume from an earlier pod, whose local commits and
 * uncommitted changes must survive.
 */
public final class WorkspacePreparer {
  private final WorkspaceSettings settings;
  private final GitToken token;

  WorkspacePreparer(WorkspaceSettings settings, GitToken token) {
    this.settings = settings;
    this.token = token;
  }

  public void prepare() {
    Path dir = settings.workspace();
    boolean existing = Files.isDirectory(dir.resolve(".git"));
    Log.info((existing ? "updating existing workspace " : "cloning into ") + dir + " from "
        + settings.displayUrl() + (token.present() ? " with the git token" : " anonymously"));
    try (Git git = existing ? Git.open(dir.toFile()) : init(dir)) {
      pointOriginAt(git);
      fetch(git);
      String outcome = checkout(git);
      GitIdentityConfig.apply(git.getRepository(), settings, token);
      Log.info(outcome);
    } catch (IOException e) {
      throw new RunnerFailure(GitFailures.reason(e, "preparing the workspace", settings.displayUrl(), token.present()), e);
    }
    SetupCommands.runAll(settings.setupCommands(), dir);
    Log.info("workspace ready on branch " + settings.branch());
  }

  private Git init(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch(settings.baseBranch()).call();
      if (Files.isDirectory(dir.resolve("lost+found"))) {
        Files.writeString(git.getRepository().getDirectory().toPath().resolve("info").resolve("exclude"),
            "/lost+found/\n");
      }
      return git;
    } catch (GitAPIException e) {
      throw new RunnerFailure(GitFailures.reason(e, "initialising the workspace", settings.displayUrl(), token.present()), e);
    }
  }

  private void pointOriginAt(Git git) throws IOException {
    StoredConfig config = git.getRepository().getConfig();
    config.setString("remote", "origin", "url", settings.repoUrl());
    config.setStringList("remote", "origin", "fetch", List.of("+refs/heads/*:refs/remotes/origin/*"));
    config.save();
  }

  private void fetch(Git git) {
    FetchCommand fetch =
        git.fetch()
            .setRemote("origin")
            .setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/origin/*"))
            .setRemoveDeletedRefs(true);
    token.credentials().ifPresent(fetch::setCredentialsProvider);
    try {
      fetch.call();
    } catch (GitAPIException | RuntimeException e) {
      throw new RunnerFailure(GitFailures.reason(e, "fetching", settings.displayUrl(), token.present()), e);
    }
  }

  private String checkout(Git git) throws IOException {
    try {
      return new BranchCheckout(git).checkout(settings.baseBranch(), settings.branch(), settings.displayUrl());
    } catch (GitAPIException e) {
      throw new RunnerFailure(GitFailures.reason(e, "checking out " + settings.branch(), settings.displayUrl(), token.present()), e);
    }
  }
}
