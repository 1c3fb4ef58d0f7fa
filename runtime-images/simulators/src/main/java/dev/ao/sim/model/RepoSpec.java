package dev.ao.sim.model;

import java.util.Map;
import java.util.Objects;

/**
 * What to create: a repository, its visibility, its default branch protection and optionally an initial commit.
 *
 * @param anonymousRead whether clone/fetch and REST reads work without a token (a public repository)
 * @param initialFiles files of the first commit on the default branch; empty means an empty repository
 */
public record RepoSpec(
    String owner,
    String name,
    String defaultBranch,
    boolean anonymousRead,
    BranchProtection protection,
    Map<String, String> initialFiles) {

  public RepoSpec {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    defaultBranch = defaultBranch == null || defaultBranch.isBlank() ? "main" : defaultBranch;
    protection = protection == null ? BranchProtection.NONE : protection;
    initialFiles = initialFiles == null ? Map.of() : Map.copyOf(initialFiles);
  }

  /** A private repository with a README on {@code main} and no protection. */
  public static RepoSpec of(String owner, String name) {
    return new RepoSpec(owner, name, "main", false, BranchProtection.NONE, Map.of("README.md", "# " + name + "\n"));
  }

  public RepoSpec withProtection(BranchProtection newProtection) {
    return new RepoSpec(owner, name, defaultBranch, anonymousRead, newProtection, initialFiles);
  }

  public RepoSpec withAnonymousRead(boolean allowed) {
    return new RepoSpec(owner, name, defaultBranch, allowed, protection, initialFiles);
  }

  public RepoSpec withInitialFiles(Map<String, String> files) {
    return new RepoSpec(owner, name, defaultBranch, anonymousRead, protection, files);
  }
}
