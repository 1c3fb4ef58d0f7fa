package dev.ao.sim.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What issues and pull requests share on GitHub: one number sequence per repository, a title and body, labels and a
 * conversation of comments.
 */
public abstract class NumberedItem {

  private final Repo repo;
  private final int number;
  private final long databaseId;
  private final String id;
  private final Actor author;
  private final Instant createdAt;
  private final List<String> labels = new ArrayList<>();
  private final List<IssueComment> comments = new ArrayList<>();
  private String title;
  private String body;
  private Instant updatedAt;
  private Instant closedAt;

  protected NumberedItem(
      Repo repo, int number, long databaseId, String id, Actor author, String title, String body, Instant now) {
    this.repo = repo;
    this.number = number;
    this.databaseId = databaseId;
    this.id = id;
    this.author = author;
    this.title = title;
    this.body = body == null ? "" : body;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Repo repo() {
    return repo;
  }

  public int number() {
    return number;
  }

  public long databaseId() {
    return databaseId;
  }

  public String id() {
    return id;
  }

  public Actor author() {
    return author;
  }

  public String title() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String body() {
    return body;
  }

  public void setBody(String body) {
    this.body = body == null ? "" : body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public void touch(Instant now) {
    updatedAt = now;
  }

  public Instant closedAt() {
    return closedAt;
  }

  protected void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public boolean closed() {
    return closedAt != null;
  }

  public List<String> labels() {
    return Collections.unmodifiableList(labels);
  }

  public void setLabels(List<String> names) {
    labels.clear();
    labels.addAll(names);
  }

  public List<IssueComment> comments() {
    return Collections.unmodifiableList(comments);
  }

  public void addComment(IssueComment comment) {
    comments.add(comment);
  }
}
