package dev.ao.sim.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes commits straight into a bare repository (no work tree): the seed commits of a test, a fake agent's change,
 * a base-branch change that makes a PR conflict.
 */
public final class CommitWriter {

  private CommitWriter() {}

  /**
   * Commits {@code files} on top of {@code branch} (created if missing). A null content deletes that path.
   *
   * @return the ref change, for the model to observe like a push
   */
  public static RefChange commit(
      Repository git, String branch, String message, Map<String, String> files, PersonIdent author) {
    String refName = Constants.R_HEADS + branch;
    try (ObjectInserter inserter = git.newObjectInserter(); RevWalk walk = new RevWalk(git)) {
      ObjectId parentId = git.resolve(refName);
      RevCommit parent = parentId == null ? null : walk.parseCommit(parentId);
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      if (parent != null) {
        keepUnchangedFiles(git, parent, files, builder);
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        if (file.getValue() != null) {
          DirCacheEntry entry = new DirCacheEntry(file.getKey());
          entry.setFileMode(FileMode.REGULAR_FILE);
          entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8)));
          builder.add(entry);
        }
      }
      builder.finish();
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(index.writeTree(inserter));
      if (parent != null) {
        commit.setParentId(parent);
      }
      commit.setAuthor(author);
      commit.setCommitter(author);
      commit.setMessage(message.endsWith("\n") ? message : message + "\n");
      ObjectId commitId = inserter.insert(commit);
      inserter.flush();
      updateRef(git, refName, parentId, commitId);
      return new RefChange(refName, parentId == null ? null : parentId.name(), commitId.name());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Points {@code branch} at an existing commit, as {@code git push origin sha:refs/heads/branch} would. */
  public static RefChange createBranch(Repository git, String branch, String sha) {
    String refName = Constants.R_HEADS + branch;
    try {
      ObjectId old = git.resolve(refName);
      updateRef(git, refName, old, ObjectId.fromString(sha));
      return new RefChange(refName, old == null ? null : old.name(), sha);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void keepUnchangedFiles(
      Repository git, RevCommit parent, Map<String, String> changed, DirCacheBuilder builder) throws IOException {
    try (TreeWalk tree = new TreeWalk(git)) {
      tree.addTree(parent.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        if (!changed.containsKey(tree.getPathString())) {
          DirCacheEntry entry = new DirCacheEntry(tree.getPathString());
          entry.setFileMode(tree.getFileMode(0));
          entry.setObjectId(tree.getObjectId(0));
          builder.add(entry);
        }
      }
    }
  }

  static void updateRef(Repository git, String refName, ObjectId expectedOld, ObjectId newId) throws IOException {
    RefUpdate update = git.updateRef(refName);
    update.setExpectedOldObjectId(expectedOld == null ? ObjectId.zeroId() : expectedOld);
    update.setNewObjectId(newId);
    update.setForceUpdate(true);
    RefUpdate.Result result = update.update();
    switch (result) {
      case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> { }
      default -> throw new IllegalStateException("ref update of " + refName + " failed: " + result);
    }
  }
}
