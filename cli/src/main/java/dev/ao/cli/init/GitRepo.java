package dev.ao.cli.init;

import dev.ao.cli.support.CliException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** What `ao init` learns from the git checkout it runs in: where it is, its remote, its default branch. */
public record GitRepo(Path root, String remoteName, String remoteUrl, String defaultBranch, String defaultBranchSource) {

  /** Reads the repository containing {@code dir} (JGit, so no git binary is needed). */
  public static GitRepo inspect(Path dir) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw CliException.userError(dir + " is not inside a git repository. Run `ao init` in your repository's checkout,"
          + " or pass --repo-url and --default-branch.");
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      Path root = repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
      String remote = remoteName(repo);
      String url = remote == null ? null : repo.getConfig().getString("remote", remote, "url");
      String[] branch = defaultBranch(repo, remote);
      return new GitRepo(root, remote, url, branch[0], branch[1]);
    } catch (IOException e) {
      throw CliException.userError("Cannot read the git repository at " + dir + ": " + e.getMessage());
    }
  }

  /** origin when it exists, else the first remote. */
  private static String remoteName(Repository repo) {
    Set<String> remotes = repo.getConfig().getSubsections("remote");
    if (remotes.contains("origin")) {
      return "origin";
    }
    List<String> sorted = new ArrayList<>(remotes);
    sorted.sort(null);
    return sorted.isEmpty() ? null : sorted.get(0);
  }

  /** The remote's HEAD (what a clone checks out), else main/master on the remote, else the current branch. */
  private static String[] defaultBranch(Repository repo, String remote) throws IOException {
    if (remote != null) {
      String prefix = Constants.R_REMOTES + remote + "/";
      Ref head = repo.exactRef(prefix + Constants.HEAD);
      if (head != null && head.isSymbolic() && head.getTarget().getName().startsWith(prefix)) {
        return new String[] {head.getTarget().getName().substring(prefix.length()), remote + "/HEAD"};
      }
      for (String candidate : List.of("main", "master")) {
        if (repo.exactRef(prefix + candidate) != null) {
          return new String[] {candidate, remote + "/" + candidate};
        }
      }
    }
    String current = repo.getBranch();
    if (current != null && !current.matches("[0-9a-f]{40}")) {
      return new String[] {current, "current branch"};
    }
    return new String[] {"main", "default"};
  }
}
