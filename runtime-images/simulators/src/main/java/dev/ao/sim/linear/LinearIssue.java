package dev.ao.sim.linear;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A Linear issue. Mutated only under the workspace's lock. */
public final class LinearIssue {

  private final String id;
  private final int number;
  private final LinearTeam team;
  private final LinearUser creator;
  private final String baseUrl;
  private final Instant createdAt;
  private final List<LinearLabel> labels = new ArrayList<>();
  private final List<LinearComment> comments = new ArrayList<>();
  private String title;
  private String description;
  private LinearState state;
  private Instant updatedAt;
  private Instant completedAt;
  private Instant canceledAt;

  LinearIssue(String id, int number, LinearTeam team, LinearUser creator, String baseUrl, String title,
      String description, LinearState state, Instant now) {
    this.id = id;
    this.number = number;
    this.team = team;
    this.creator = creator;
    this.baseUrl = baseUrl;
    this.title = title;
    this.description = description;
    this.createdAt = now;
    setState(state, now);
  }

  public String id() {
    return id;
  }

  public double number() {
    return number;
  }

  public String identifier() {
    return team.key() + "-" + number;
  }

  public LinearTeam team() {
    return team;
  }

  public LinearUser creator() {
    return creator;
  }

  public LinearUser assignee() {
    return null;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public LinearState state() {
    return state;
  }

  public double priority() {
    return 0;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Instant canceledAt() {
    return canceledAt;
  }

  public String url() {
    return baseUrl + "/issue/" + identifier() + "/" + slug();
  }

  /** Linear's suggested git branch: {@code <identifier>-<title slug>}, lower case. */
  public String branchName() {
    return identifier().toLowerCase(Locale.ROOT) + "-" + slug();
  }

  private String slug() {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
  }

  public List<LinearLabel> labelList() {
    return List.copyOf(labels);
  }

  /** GraphQL's {@code labels} connection. */
  public Map<String, Object> labels() {
    return Map.of("nodes", List.copyOf(labels));
  }

  public List<LinearComment> commentList() {
    return List.copyOf(comments);
  }

  /** GraphQL's {@code comments} connection. */
  public Map<String, Object> comments() {
    return Map.of("nodes", List.copyOf(comments));
  }

  void setTitle(String title, Instant now) {
    this.title = title;
    updatedAt = now;
  }

  void setDescription(String description, Instant now) {
    this.description = description;
    updatedAt = now;
  }

  void setLabels(List<LinearLabel> newLabels, Instant now) {
    labels.clear();
    labels.addAll(newLabels);
    updatedAt = now;
  }

  void setState(LinearState newState, Instant now) {
    state = newState;
    updatedAt = now;
    completedAt = newState.type().equals("completed") ? now : null;
    canceledAt = newState.type().equals("canceled") ? now : null;
  }

  void addComment(LinearComment comment, Instant now) {
    comments.add(comment);
    updatedAt = now;
  }
}
