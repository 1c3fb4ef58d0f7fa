package dev.ao.bench.github;

import java.util.Locale;

/** A PR's CI rollup, spelled as Session status spells it ({@code status.pr.ci}). */
public enum CiState {
  NONE,
  PENDING,
  FAILING,
  PASSING;

  public String statusValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
