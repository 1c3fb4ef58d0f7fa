package dev.ao.sim.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A check run reported by a CI system for one commit (GitHub's Checks API). Mutable until completed. */
public final class CheckRun {

  private final long databaseId;
  private final String id;
  private final Repo repo;
  private final String name;
  private final String headSha;
  private final Actor app;
  private final List<CheckAnnotation> annotations = new ArrayList<>();
  private CheckStatus status = CheckStatus.QUEUED;
  private CheckConclusion conclusion;
  private String detailsUrl;
  private String externalId;
  private Instant startedAt;
  private Instant completedAt;
  private String title;
  private String summary;
  private String text;

  public CheckRun(long databaseId, String id, Repo repo, String name, String headSha, Actor app) {
    this.databaseId = databaseId;
    this.id = id;
    this.repo = repo;
    this.name = name;
    this.headSha = headSha;
    this.app = app;
  }

  public long databaseId() {
    return databaseId;
  }

  public String id() {
    return id;
  }

  public Repo repo() {
    return repo;
  }

  public String name() {
    return name;
  }

  public String headSha() {
    return headSha;
  }

  public Actor app() {
    return app;
  }

  public CheckStatus status() {
    return status;
  }

  public CheckConclusion conclusion() {
    return conclusion;
  }

  /**
   * Moves the run to a new stage. Giving a conclusion completes it, as GitHub does when a conclusion is sent with any
   * status.
   */
  public void setProgress(CheckStatus newStatus, CheckConclusion newConclusion, Instant now) {
    if (newConclusion != null) {
      status = CheckStatus.COMPLETED;
      conclusion = newConclusion;
      completedAt = now;
    } else if (newStatus != null) {
      status = newStatus;
      if (newStatus != CheckStatus.COMPLETED) {
        conclusion = null;
        completedAt = null;
      }
    }
    if (startedAt == null && status != CheckStatus.QUEUED) {
      startedAt = now;
    }
  }

  public boolean isCompleted() {
    return status == CheckStatus.COMPLETED;
  }

  public String detailsUrl() {
    return detailsUrl;
  }

  public void setDetailsUrl(String detailsUrl) {
    this.detailsUrl = detailsUrl;
  }

  public String externalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String text() {
    return text;
  }

  /** Replaces the output block; null arguments keep the previous value, like a PATCH. */
  public void setOutput(String newTitle, String newSummary, String newText) {
    if (newTitle != null) {
      title = newTitle;
    }
    if (newSummary != null) {
      summary = newSummary;
    }
    if (newText != null) {
      text = newText;
    }
  }

  public List<CheckAnnotation> annotations() {
    return Collections.unmodifiableList(annotations);
  }

  /** GitHub appends annotations sent in later updates rather than replacing them. */
  public void addAnnotations(List<CheckAnnotation> more) {
    annotations.addAll(more);
  }
}
