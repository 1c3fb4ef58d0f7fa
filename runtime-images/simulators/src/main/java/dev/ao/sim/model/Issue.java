package dev.ao.sim.model;

import java.time.Instant;

/** An issue. {@code stateReason} follows GitHub: COMPLETED or NOT_PLANNED when closed, REOPENED after a reopen. */
public final class Issue extends NumberedItem {

  private String stateReason;

  public Issue(Repo repo, int number, long databaseId, String id, Actor author, String title, String body, Instant now) {
    super(repo, number, databaseId, id, author, title, body, now);
  }

  public IssueState state() {
    return closed() ? IssueState.CLOSED : IssueState.OPEN;
  }

  public String stateReason() {
    return stateReason;
  }

  public void close(String reason, Instant now) {
    setClosedAt(now);
    stateReason = reason == null ? "COMPLETED" : reason;
    touch(now);
  }

  public void reopen(Instant now) {
    setClosedAt(null);
    stateReason = "REOPENED";
    touch(now);
  }
}
