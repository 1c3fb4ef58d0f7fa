package dev.ao.sim.git;

import dev.ao.sim.model.MergeMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.Merger;
import org.eclipse.jgit.merge.ThreeWayMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Performs GitHub's three merge methods in a bare repository and moves the base branch: a merge commit with two
 * parents, a single squashed commit, or the head's commits replayed one by one onto the base.
 */
public final class PullRequestMerger {

  /** Who GitHub records as the committer of merges it makes. */
  public static final PersonIdent GITHUB_COMMITTER = new PersonIdent("GitHub", "noreply@github.com");

  private PullRequestMerger() {}

  /**
   * @param message full commit message for MERGE and SQUASH (ignored by REBASE, which keeps each commit's message)
   * @return the base branch's move
   * @throws MergeConflictException when the head does not apply cleanly
   */
  public static RefChange merge(
      Repository git,
      String baseBranch,
      String headSha,
      MergeMethod method,
      String message,
      PersonIdent author)
      throws MergeConflictException {
    String refName = Constants.R_HEADS + baseBranch;
    try (RevWalk walk = new RevWalk(git); ObjectInserter inserter = git.newObjectInserter()) {
      ObjectId baseId = git.resolve(refName);
      if (baseId == null) {
        throw new MergeConflictException("base branch " + baseBranch + " does not exist");
      }
      RevCommit base = walk.parseCommit(baseId);
      RevCommit head = walk.parseCommit(ObjectId.fromString(headSha));
      PersonIdent committer = new PersonIdent(GITHUB_COMMITTER, java.time.Instant.now());
      PersonIdent stampedAuthor = new PersonIdent(author, java.time.Instant.now());
      ObjectId result = switch (method) {
        case MERGE -> commit(inserter, mergedTree(git, base, head), message, stampedAuthor, committer, base, head);
        case SQUASH -> commit(inserter, mergedTree(git, base, head), message, stampedAuthor, committer, base);
        case REBASE -> rebase(git, walk, inserter, base, head, committer);
      };
      inserter.flush();
      CommitWriter.updateRef(git, refName, baseId, result);
      return new RefChange(refName, baseId.name(), result.name());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectId mergedTree(Repository git, RevCommit base, RevCommit head)
      throws IOException, MergeConflictException {
    Merger merger = MergeStrategy.RECURSIVE.newMerger(git, true);
    if (!merger.merge(base, head)) {
      throw new MergeConflictException("merge conflict between " + base.name() + " and " + head.name());
    }
    return merger.getResultTreeId();
  }

  private static ObjectId rebase(
      Repository git, RevWalk walk, ObjectInserter inserter, RevCommit base, RevCommit head, PersonIdent committer)
      throws IOException, MergeConflictException {
    List<RevCommit> toReplay = new ArrayList<>();
    walk.reset();
    walk.sort(RevSort.TOPO);
    walk.sort(RevSort.REVERSE, true);
    walk.markStart(head);
    walk.markUninteresting(base);
    for (RevCommit commit : walk) {
      if (commit.getParentCount() != 1) {
        // GitHub refuses to rebase branches containing merge commits for the same reason: no single parent to diff.
        throw new MergeConflictException("This branch can't be rebased: it contains merge commits");
      }
      toReplay.add(commit);
    }
    ObjectId tip = base;
    for (RevCommit commit : toReplay) {
      RevCommit onto = walk.parseCommit(tip);
      ThreeWayMerger merger = (ThreeWayMerger) MergeStrategy.RECURSIVE.newMerger(git, true);
      merger.setBase(walk.parseCommit(commit.getParent(0)).getTree());
      if (!merger.merge(onto, commit)) {
        throw new MergeConflictException("This branch can't be rebased: " + commit.name() + " conflicts");
      }
      tip = commit(inserter, merger.getResultTreeId(), commit.getFullMessage(), commit.getAuthorIdent(), committer,
          onto);
    }
    return tip;
  }

  private static ObjectId commit(
      ObjectInserter inserter,
      ObjectId tree,
      String message,
      PersonIdent author,
      PersonIdent committer,
      ObjectId... parents)
      throws IOException {
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(tree);
    commit.setParentIds(parents);
    commit.setAuthor(author);
    commit.setCommitter(committer);
    commit.setMessage(message.endsWith("\n") ? message : message + "\n");
    return inserter.insert(commit);
  }
}
