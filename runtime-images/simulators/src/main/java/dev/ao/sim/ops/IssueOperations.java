package dev.ao.sim.ops;

import dev.ao.sim.model.Actor;
import dev.ao.sim.model.GitHubModel;
import dev.ao.sim.model.Ids;
import dev.ao.sim.model.Issue;
import dev.ao.sim.model.IssueComment;
import dev.ao.sim.model.NumberedItem;
import dev.ao.sim.model.Repo;
import java.util.List;

/** Issues and conversation comments (which GitHub also uses for pull requests). */
public final class IssueOperations {

  private final GitHubModel model;

  public IssueOperations(GitHubBackend backend) {
    this.model = backend.model();
  }

  public Issue create(Repo repo, String title, String body, List<String> labels, Actor author) {
    if (title == null || title.isBlank()) {
      throw OperationException.invalid("Issue", "title", "missing_field");
    }
    return model.atomically(() -> {
      int number = repo.nextNumber();
      long id = model.ids().nextDatabaseId();
      Issue issue = new Issue(repo, number, id, Ids.nodeId("I", id), author, title, body, model.now());
      issue.setLabels(labels == null ? List.of() : labels);
      repo.addIssue(issue);
      model.index(issue.id(), issue);
      model.events().record("issues.opened", repo.nameWithOwner(), number, title);
      return issue;
    });
  }

  /** Comments on an issue or a pull request. */
  public IssueComment comment(Repo repo, int number, String body, Actor author) {
    if (body == null || body.isBlank()) {
      throw OperationException.invalid("IssueComment", "body", "missing_field");
    }
    return model.atomically(() -> {
      NumberedItem item = item(repo, number);
      long id = model.ids().nextDatabaseId();
      IssueComment comment = new IssueComment(id, Ids.nodeId("IC", id), item, author, body, model.now());
      item.addComment(comment);
      item.touch(model.now());
      model.index(comment.id(), comment);
      model.events().record("issue_comment.created", repo.nameWithOwner(), number, "by " + author.login());
      return comment;
    });
  }

  /**
   * Closes or reopens an issue.
   *
   * @param reason COMPLETED or NOT_PLANNED when closing
   */
  public Issue setState(Repo repo, int number, boolean closed, String reason) {
    return model.atomically(() -> {
      Issue issue = repo.issue(number);
      if (issue == null) {
        throw OperationException.notFound("Not Found");
      }
      if (closed && !issue.closed()) {
        issue.close(reason, model.now());
        model.events().record("issues.closed", repo.nameWithOwner(), number, issue.stateReason());
      } else if (!closed && issue.closed()) {
        issue.reopen(model.now());
        model.events().record("issues.reopened", repo.nameWithOwner(), number, null);
      }
      return issue;
    });
  }

  /** Edits an issue's or PR's title, body or labels; null leaves a field unchanged. */
  public NumberedItem edit(Repo repo, int number, String title, String body, List<String> labels) {
    return model.atomically(() -> {
      NumberedItem item = item(repo, number);
      if (title != null) {
        item.setTitle(title);
      }
      if (body != null) {
        item.setBody(body);
      }
      if (labels != null) {
        item.setLabels(labels);
      }
      item.touch(model.now());
      model.events().record("issues.edited", repo.nameWithOwner(), number, null);
      return item;
    });
  }

  public NumberedItem item(Repo repo, int number) {
    NumberedItem item = repo.item(number);
    if (item == null) {
      throw OperationException.notFound("Not Found");
    }
    return item;
  }
}
