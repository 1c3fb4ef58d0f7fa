package dev.ao.bench.operator;

/** How the operator under test reads GitHub. */
public enum PollingMode {
  /** The product: one batched GraphQL query per repository per cycle, detail only on change, ETag revalidation. */
  SHARED("shared"),
  /** The seed's way, for comparison: one GraphQL lookup per Session branch per cycle. */
  PER_SESSION("per-session");

  private final String label;

  PollingMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static PollingMode of(String label) {
    for (PollingMode m : values()) {
      if (m.label.equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown polling mode " + label + " (shared, per-session)");
  }
}
