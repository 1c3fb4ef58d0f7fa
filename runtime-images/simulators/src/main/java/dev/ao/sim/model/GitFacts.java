package dev.ao.sim.model;

import java.util.List;

/** What the model needs to know from the git repositories to judge a pull request. */
public interface GitFacts {

  /** The commit a branch points at, or null if the branch does not exist. */
  String branchTip(Repo repo, String branch);

  /** Whether {@code headSha} merges into {@code baseSha} without conflicts. */
  MergeableState mergeability(Repo repo, String baseSha, String headSha);

  /** Whether the base has commits the head lacks. */
  boolean isBehind(Repo repo, String baseSha, String headSha);

  /** The commits on the head that the base lacks, oldest first. */
  List<String> commitsBetween(Repo repo, String baseSha, String headSha);
}
