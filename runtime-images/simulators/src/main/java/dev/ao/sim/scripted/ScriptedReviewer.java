package dev.ao.sim.scripted;

import dev.ao.sim.control.SimulatorControl;
import dev.ao.sim.model.ReviewState;
import java.util.HashMap;
import java.util.Map;

/**
 * Plays a human reviewer against the simulator: the first time a PR's CI is green it asks for
 * changes with an inline comment; once a newer head is green it approves. The local demo and the
 * real-node tests call it on every tick of their loops.
 */
public final class ScriptedReviewer {
  private final SimulatorControl github;
  private final String owner;
  private final String repo;
  private final Map<Integer, String> changesRequestedAt = new HashMap<>();
  private final Map<Integer, Boolean> approved = new HashMap<>();
  private final Map<Integer, String> threads = new HashMap<>();

  public ScriptedReviewer(SimulatorControl github, String owner, String repo) {
    this.github = github;
    this.owner = owner;
    this.repo = repo;
  }

  /** Reviews PR {@code number} if its head is green; returns what it did, or null. */
  public String review(int number, boolean headGreen) {
    if (!headGreen || approved.containsKey(number)) {
      return null;
    }
    String head = github.headSha(owner, repo, number);
    String asked = changesRequestedAt.get(number);
    if (asked == null) {
      threads.put(number, github.addReviewThread(owner, repo, number, "README.md", 1, "Please mention this change in the README.", "alice", false));
      github.submitReview(owner, repo, number, "alice", false, ReviewState.CHANGES_REQUESTED, "Nearly there: see the inline comment.");
      changesRequestedAt.put(number, head);
      return "alice requested changes on PR #" + number;
    }
    if (!asked.equals(head)) {
      github.resolveThread(threads.get(number), true, "alice");
      github.submitReview(owner, repo, number, "alice", false, ReviewState.APPROVED, "Thanks, looks good.");
      approved.put(number, true);
      return "alice approved PR #" + number;
    }
    return null;
  }
}
