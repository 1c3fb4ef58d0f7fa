package dev.ao.bench.report;

import java.util.List;
import java.util.Locale;

/** The run as one Markdown table: figure, one column per polling mode, product ÷ baseline. */
public final class ResultTable {
  private ResultTable() {}

  public static String markdown(RunResult run) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "N = %d Sessions, R = %d repositories, poll interval %d s, %.1f changes/s for %d s, %d cores, %s%n%n",
        run.sessions(), run.repos(), run.pollIntervalSeconds(), run.changesPerSecond(), run.loadSeconds(), run.cores(), run.startedAt()));
    out.append("Kubernetes API (").append(run.api()).append("): ").append(run.apiServer()).append("\n\n");
    out.append("| figure | unit |");
    run.modes().forEach(m -> out.append(' ').append(m.mode()).append(" |"));
    out.append(run.modes().size() == 2 ? " " + run.modes().get(0).mode() + " ÷ " + run.modes().get(1).mode() + " |" : "").append('\n');
    out.append("|---|---|");
    run.modes().forEach(m -> out.append("---:|"));
    out.append(run.modes().size() == 2 ? "---:|" : "").append('\n');
    for (ResultRows.Row row : ResultRows.of(run)) {
      out.append("| ").append(row.figure()).append(" | ").append(row.unit()).append(" |");
      row.values().forEach(v -> out.append(' ').append(format(v)).append(" |"));
      if (run.modes().size() == 2) {
        out.append(' ').append(Double.isNaN(row.ratio()) || Double.isInfinite(row.ratio()) ? "" : format(row.ratio())).append(" |");
      }
      out.append('\n');
    }
    List<Targets.Check> checks = Targets.of(run);
    if (!checks.isEmpty()) {
      out.append("\n| target, set for N = 1,000 (shared mode) | measured | met |\n|---|---:|:---:|\n");
      for (Targets.Check c : checks) {
        out.append("| ").append(c.goal()).append(" | ").append(c.measured()).append(" | ").append(c.met() ? "yes" : "**no**").append(" |\n");
      }
    }
    return out.toString();
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    double a = Math.abs(v);
    return String.format(Locale.ROOT, a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 0.1 ? "%.2f" : "%.4f", v);
  }

  static List<String> columns(RunResult run) {
    return run.modes().stream().map(ModeResult::mode).toList();
  }
}
