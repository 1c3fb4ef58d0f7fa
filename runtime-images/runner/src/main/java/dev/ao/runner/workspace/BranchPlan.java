package dev.ao.runner.workspace;

/**
 * Which way the Session's branch gets checked out, decided from what exists locally and on the
 * remote. Keeping local work wins over everything: a restored Session continues where it stopped.
 */
enum BranchPlan {
  /** Already on the branch; leave the working tree (and any uncommitted work) alone. */
  STAY,
  /** The branch exists locally; switch to it. */
  SWITCH_TO_LOCAL,
  /** The branch exists only on the remote (a restored Session); check it out tracking the remote. */
  TRACK_REMOTE,
  /** A new Session: create the branch from the remote base branch. */
  CREATE_FROM_BASE,
  /** Nothing to start from. */
  MISSING_BASE;

  static BranchPlan decide(
      String currentBranch, boolean localExists, boolean remoteExists, boolean remoteBaseExists, String branch) {
    if (branch.equals(currentBranch) && localExists) {
      return STAY;
    }
    if (localExists) {
      return SWITCH_TO_LOCAL;
    }
    if (remoteExists) {
      return TRACK_REMOTE;
    }
    return remoteBaseExists ? CREATE_FROM_BASE : MISSING_BASE;
  }
}
