package dev.ao.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * The product's goals at scale (issue "Scale benchmark"), checked against the product's ({@value #PRODUCT}) mode of a
 * run: goals to report against, not assertions, so a missed one shows in the table instead of failing the run.
 */
public final class Targets {
  /** One goal: what it asks, what was measured, whether it held. */
  public record Check(String goal, String measured, boolean met) {}

  /** The label of the mode the targets are for: the product's shared poller, not the baseline. */
  static final String PRODUCT = "shared";

  private Targets() {}

  /** The checks for the run's product mode, wherever it ran in the order; none when only the baseline ran. */
  public static List<Check> of(RunResult run) {
    return run.modes().stream().filter(m -> m.mode().equals(PRODUCT)).findFirst().map(m -> of(run, m)).orElse(List.of());
  }

  private static List<Check> of(RunResult run, ModeResult product) {
    double pointsBudget = run.sessions() / 50.0;
    double worstPoints = Math.max(product.quiet().pointsPerCycle(), product.load().pointsPerCycle());
    double p99 = product.changeToStatusMillis().p99() / 1000;
    double latencyBudget = run.pollIntervalSeconds() + 2;
    return List.of(
        new Check(String.format(Locale.ROOT, "GraphQL points per cycle ≤ 1 per 50 Sessions (%s)", ResultTable.format(pointsBudget)),
            String.format(Locale.ROOT, "%s (1 per %s Sessions)", ResultTable.format(worstPoints), ResultTable.format(run.sessions() / worstPoints)),
            worstPoints <= pointsBudget),
        new Check("no REST 200s (primary-limit spend) per cycle when nothing changed",
            ResultTable.format(product.quiet().rest200PerCycle()), product.quiet().rest200PerCycle() == 0),
        new Check(String.format(Locale.ROOT, "change → status p99 ≤ poll interval + 2 s (%s s)", ResultTable.format(latencyBudget)),
            ResultTable.format(p99) + " s, " + product.changesMissed() + " missed", p99 <= latencyBudget && product.changesMissed() == 0),
        new Check("operator heap after GC < 300 MiB", ResultTable.format(product.heapAfterGcMiB()) + " MiB", product.heapAfterGcMiB() < 300),
        new Check("well under half a core on average under changes (< 0.25)", ResultTable.format(product.coresLoad()) + " cores", product.coresLoad() < 0.25));
  }
}
