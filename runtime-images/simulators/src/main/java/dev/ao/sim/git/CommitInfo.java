package dev.ao.sim.git;

import java.time.Instant;

/** The parts of a git commit the APIs show. */
public record CommitInfo(
    String oid,
    String message,
    String authorName,
    String authorEmail,
    Instant authoredDate,
    String committerName,
    String committerEmail,
    Instant committedDate) {

  public String messageHeadline() {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  public String messageBody() {
    int newline = message.indexOf('\n');
    return newline < 0 ? "" : message.substring(newline + 1).strip();
  }
}
