package dev.ao.sim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A review thread anchored at a file line of a pull request. A thread becomes outdated when a later push changes the
 * file it points at (the simulator's approximation of GitHub's diff-hunk rule).
 */
public final class ReviewThread {

  private final String id;
  private final PullRequest pullRequest;
  private final String path;
  private final Integer line;
  private final List<ReviewComment> comments = new ArrayList<>();
  private boolean resolved;
  private Actor resolvedBy;
  private boolean outdated;

  public ReviewThread(String id, PullRequest pullRequest, String path, Integer line) {
    this.id = id;
    this.pullRequest = pullRequest;
    this.path = path;
    this.line = line;
  }

  public String id() {
    return id;
  }

  public PullRequest pullRequest() {
    return pullRequest;
  }

  public String path() {
    return path;
  }

  public Integer line() {
    return line;
  }

  public List<ReviewComment> comments() {
    return Collections.unmodifiableList(comments);
  }

  public void addComment(ReviewComment comment) {
    comments.add(comment);
  }

  public ReviewComment firstComment() {
    return comments.get(0);
  }

  public String commitId() {
    return comments.isEmpty() ? null : comments.get(0).commitId();
  }

  public boolean isResolved() {
    return resolved;
  }

  public Actor resolvedBy() {
    return resolvedBy;
  }

  public void resolve(Actor by) {
    resolved = true;
    resolvedBy = by;
  }

  public void unresolve() {
    resolved = false;
    resolvedBy = null;
  }

  public boolean isOutdated() {
    return outdated;
  }

  public void markOutdated() {
    outdated = true;
  }
}
