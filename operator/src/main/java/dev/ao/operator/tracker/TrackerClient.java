package dev.ao.operator.tracker;

/** An issue tracker (GitHub Issues, Linear). */
public interface TrackerClient {
  /** The issue, or null when it does not exist. Throws on transport or auth failures. */
  IssueInfo issue(String id) throws Exception;
}
