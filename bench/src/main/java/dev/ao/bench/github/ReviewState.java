package dev.ao.bench.github;

import java.util.Locale;

/** A PR's review decision, spelled as Session status spells it ({@code status.pr.reviewDecision}). */
public enum ReviewState {
  REVIEW_REQUIRED,
  APPROVED,
  CHANGES_REQUESTED;

  public String statusValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
