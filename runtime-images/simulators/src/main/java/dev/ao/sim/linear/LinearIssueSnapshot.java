package dev.ao.sim.linear;

import java.util.List;

/** A Linear issue as a test sees it: a copy, safe to read while the simulator keeps serving. */
public record LinearIssueSnapshot(
    String id,
    String identifier,
    String title,
    String url,
    String stateName,
    String stateType,
    List<String> labels,
    List<String> comments) {

  /** Linear's notion of done: a completed or canceled workflow state. */
  public boolean isDone() {
    return stateType.equals("completed") || stateType.equals("canceled");
  }

  static LinearIssueSnapshot of(LinearIssue issue) {
    return new LinearIssueSnapshot(issue.id(), issue.identifier(), issue.title(), issue.url(), issue.state().name(),
        issue.state().type(), issue.labelList().stream().map(LinearLabel::name).toList(),
        issue.commentList().stream().map(LinearComment::body).toList());
  }
}
