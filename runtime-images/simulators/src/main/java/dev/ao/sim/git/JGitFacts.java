package dev.ao.sim.git;

import dev.ao.sim.model.GitFacts;
import dev.ao.sim.model.MergeableState;
import dev.ao.sim.model.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.Merger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Answers questions about commits by reading the bare repositories. Trial merges and commit ranges are cached by
 * their SHAs: commits are immutable, so a cached answer never goes stale, and a poll of 1,000 PRs costs one trial
 * merge per PR per push rather than per query.
 */
public final class JGitFacts implements GitFacts {

  private static final int CACHE_LIMIT = 50_000;

  private final GitRepositories repositories;
  private final Map<String, MergeableState> mergeability = new ConcurrentHashMap<>();
  private final Map<String, List<String>> ranges = new ConcurrentHashMap<>();

  public JGitFacts(GitRepositories repositories) {
    this.repositories = repositories;
  }

  public Repository repository(Repo repo) {
    return repositories.open(repo.owner().login(), repo.name());
  }

  @Override
  public String branchTip(Repo repo, String branch) {
    return resolve(repo, Constants.R_HEADS + branch);
  }

  /** A SHA, branch, tag or full ref name resolved to a commit SHA, or null. */
  public String resolve(Repo repo, String revision) {
    try {
      Repository git = repository(repo);
      Ref ref = git.exactRef(revision);
      if (ref == null && !revision.startsWith("refs/")) {
        ref = git.findRef(revision);
      }
      ObjectId id = ref != null ? ref.getObjectId() : resolveSha(git, revision);
      return id == null ? null : id.name();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectId resolveSha(Repository git, String revision) throws IOException {
    if (!ObjectId.isId(revision)) {
      return null;
    }
    ObjectId id = ObjectId.fromString(revision);
    return git.getObjectDatabase().has(id) ? id : null;
  }

  public List<String> branches(Repo repo) {
    try {
      List<String> names = new ArrayList<>();
      for (Ref ref : repository(repo).getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
        names.add(ref.getName().substring(Constants.R_HEADS.length()));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CommitInfo commit(Repo repo, String sha) {
    try (RevWalk walk = new RevWalk(repository(repo))) {
      RevCommit commit = walk.parseCommit(ObjectId.fromString(sha));
      PersonIdent author = commit.getAuthorIdent();
      PersonIdent committer = commit.getCommitterIdent();
      return new CommitInfo(
          sha,
          commit.getFullMessage().stripTrailing(),
          author.getName(),
          author.getEmailAddress(),
          author.getWhenAsInstant(),
          committer.getName(),
          committer.getEmailAddress(),
          Instant.ofEpochSecond(commit.getCommitTime()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blob id of a file in a commit, or null if the file does not exist there. */
  public String blobAt(Repo repo, String sha, String path) {
    Repository git = repository(repo);
    try (RevWalk walk = new RevWalk(git)) {
      RevCommit commit = walk.parseCommit(ObjectId.fromString(sha));
      try (TreeWalk tree = TreeWalk.forPath(git, path, commit.getTree())) {
        return tree == null ? null : tree.getObjectId(0).name();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public MergeableState mergeability(Repo repo, String baseSha, String headSha) {
    trimCaches();
    return mergeability.computeIfAbsent(repo.id() + baseSha + headSha, key -> trialMerge(repo, baseSha, headSha));
  }

  private MergeableState trialMerge(Repo repo, String baseSha, String headSha) {
    Repository git = repository(repo);
    try (RevWalk walk = new RevWalk(git)) {
      RevCommit base = walk.parseCommit(ObjectId.fromString(baseSha));
      RevCommit head = walk.parseCommit(ObjectId.fromString(headSha));
      // In-core: the bare repository has no work tree. The merged tree is written as loose objects nobody refers to.
      Merger merger = MergeStrategy.RECURSIVE.newMerger(git, true);
      return merger.merge(base, head) ? MergeableState.MERGEABLE : MergeableState.CONFLICTING;
    } catch (IOException e) {
      return MergeableState.UNKNOWN;
    }
  }

  @Override
  public boolean isBehind(Repo repo, String baseSha, String headSha) {
    try (RevWalk walk = new RevWalk(repository(repo))) {
      RevCommit base = walk.parseCommit(ObjectId.fromString(baseSha));
      RevCommit head = walk.parseCommit(ObjectId.fromString(headSha));
      return !walk.isMergedInto(base, head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> commitsBetween(Repo repo, String baseSha, String headSha) {
    trimCaches();
    return ranges.computeIfAbsent(repo.id() + baseSha + headSha, key -> walkRange(repo, baseSha, headSha));
  }

  private List<String> walkRange(Repo repo, String baseSha, String headSha) {
    try (RevWalk walk = new RevWalk(repository(repo))) {
      walk.sort(RevSort.TOPO);
      walk.sort(RevSort.REVERSE, true);
      walk.markStart(walk.parseCommit(ObjectId.fromString(headSha)));
      if (baseSha != null) {
        walk.markUninteresting(walk.parseCommit(ObjectId.fromString(baseSha)));
      }
      List<String> shas = new ArrayList<>();
      for (RevCommit commit : walk) {
        shas.add(commit.name());
      }
      return List.copyOf(shas);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void trimCaches() {
    if (mergeability.size() > CACHE_LIMIT) {
      mergeability.clear();
    }
    if (ranges.size() > CACHE_LIMIT) {
      ranges.clear();
    }
  }
}
