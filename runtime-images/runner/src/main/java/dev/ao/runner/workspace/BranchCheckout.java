package dev.ao.runner.workspace;

import dev.ao.runner.RunnerFailure;
import java.io.IOException;
import org.eclipse.jgit.api.CreateBranchCommand.SetupUpstreamMode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

/** Puts the working tree on the Session's branch according to {@link BranchPlan}. */
final class BranchCheckout {
  private final Git git;

  BranchCheckout(Git git) {
    this.git = git;
  }

  /** Returns a short description of what happened, for the log. */
  String checkout(String baseBranch, String branch, String displayUrl) throws GitAPIException, IOException {
    Repository repo = git.getRepository();
    BranchPlan plan =
        BranchPlan.decide(
            repo.getBranch(),
            exists(Constants.R_HEADS + branch),
            exists(remoteRef(branch)),
            exists(remoteRef(baseBranch)),
            branch);
    switch (plan) {
      case STAY -> {
        return "kept branch " + branch + " with its local work";
      }
      case SWITCH_TO_LOCAL -> {
        git.checkout().setName(branch).call();
        return "switched to existing local branch " + branch;
      }
      case TRACK_REMOTE -> {
        git.checkout()
            .setCreateBranch(true)
            .setName(branch)
            .setStartPoint("origin/" + branch)
            .setUpstreamMode(SetupUpstreamMode.TRACK)
            .call();
        return "restored branch " + branch + " from the remote";
      }
      case CREATE_FROM_BASE -> {
        git.checkout()
            .setCreateBranch(true)
            .setName(branch)
            .setStartPoint("origin/" + baseBranch)
            .setUpstreamMode(SetupUpstreamMode.NOTRACK)
            .call();
        trackSameNameOnOrigin(repo, branch);
        return "created branch " + branch + " from " + baseBranch;
      }
      case MISSING_BASE -> throw new RunnerFailure(
          "base branch '" + baseBranch + "' not found in " + displayUrl);
      default -> throw new IllegalStateException(plan.name());
    }
  }

  /** So the agent's plain {@code git push}/{@code git pull} use origin/<branch>, not the base branch. */
  private static void trackSameNameOnOrigin(Repository repo, String branch) throws IOException {
    StoredConfig config = repo.getConfig();
    config.setString("branch", branch, "remote", "origin");
    config.setString("branch", branch, "merge", Constants.R_HEADS + branch);
    config.save();
  }

  private boolean exists(String ref) throws IOException {
    return git.getRepository().exactRef(ref) != null;
  }

  private static String remoteRef(String branch) {
    return Constants.R_REMOTES + "origin/" + branch;
  }
}
