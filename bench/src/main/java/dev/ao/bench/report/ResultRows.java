package dev.ao.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The figures of a run as rows (figure, unit, one value per mode, product ÷ baseline), for the table and the CSV. */
public final class ResultRows {
  /** One figure; {@code ratio} is NaN where a ratio says nothing (latencies, counts of changes). */
  public record Row(String figure, String unit, List<Double> values, double ratio) {}

  private ResultRows() {}

  public static List<Row> of(RunResult run) {
    List<Row> rows = new ArrayList<>();
    List<ModeResult> modes = run.modes();
    rows.add(row(modes, "poll cycles measured, nothing changing", "cycles", m -> m.quiet().cycles(), false));
    rows.add(row(modes, "GraphQL requests per cycle, nothing changing", "requests", m -> m.quiet().graphqlPerCycle(), true));
    rows.add(row(modes, "REST 200 per cycle, nothing changing", "requests", m -> m.quiet().rest200PerCycle(), true));
    rows.add(row(modes, "REST 304 per cycle, nothing changing", "requests", m -> m.quiet().rest304PerCycle(), true));
    rows.add(row(modes, "GraphQL points per cycle, nothing changing", "points", m -> m.quiet().pointsPerCycle(), true));
    rows.add(row(modes, "poll cycles measured, under changes", "cycles", m -> m.load().cycles(), false));
    rows.add(row(modes, "GraphQL requests per cycle, under changes", "requests", m -> m.load().graphqlPerCycle(), true));
    rows.add(row(modes, "REST 200 per cycle, under changes", "requests", m -> m.load().rest200PerCycle(), true));
    rows.add(row(modes, "REST 304 per cycle, under changes", "requests", m -> m.load().rest304PerCycle(), true));
    rows.add(row(modes, "GraphQL points per cycle, under changes", "points", m -> m.load().pointsPerCycle(), true));
    rows.add(row(modes, "poll cycle length, nothing changing", "s", ModeResult::cycleSecondsQuiet, true));
    rows.add(row(modes, "poll cycle length, under changes", "s", ModeResult::cycleSecondsLoad, true));
    rows.add(row(modes, "GraphQL points per hour at the measured pace (GitHub allows 5,000)", "points", ModeResult::pointsPerHourLoad, true));
    rows.add(row(modes, "rate-limited or failed GitHub requests", "requests", m -> m.quiet().rateLimited() + m.quiet().errors()
        + m.load().rateLimited() + m.load().errors(), false));
    rows.add(row(modes, "changes made", "changes", m -> m.changesMade(), false));
    rows.add(row(modes, "changes not seen in status within the grace period", "changes", m -> m.changesMissed(), false));
    rows.add(row(modes, "change → Session status, p50", "s", m -> m.changeToStatusMillis().p50() / 1000, false));
    rows.add(row(modes, "change → Session status, p95", "s", m -> m.changeToStatusMillis().p95() / 1000, false));
    rows.add(row(modes, "change → Session status, p99", "s", m -> m.changeToStatusMillis().p99() / 1000, false));
    rows.add(row(modes, "change → Session status, max", "s", m -> m.changeToStatusMillis().max() / 1000, false));
    rows.add(row(modes, "spawn: Session created → Pod created, p50", "s", m -> m.spawnMillis().p50() / 1000, false));
    rows.add(row(modes, "spawn: Session created → Pod created, p99", "s", m -> m.spawnMillis().p99() / 1000, false));
    rows.add(row(modes, "operator heap after GC", "MiB", ModeResult::heapAfterGcMiB, true));
    rows.add(row(modes, "operator CPU per poll cycle, nothing changing", "CPU s", ModeResult::cpuSecondsPerCycleQuiet, true));
    rows.add(row(modes, "operator CPU per poll cycle, under changes", "CPU s", ModeResult::cpuSecondsPerCycleLoad, true));
    rows.add(row(modes, "operator cores used on average, nothing changing", "cores", ModeResult::coresQuiet, true));
    rows.add(row(modes, "operator cores used on average, under changes", "cores", ModeResult::coresLoad, true));
    rows.add(row(modes, "reconciles per second, nothing changing", "1/s", ModeResult::reconcilesPerSecondQuiet, true));
    rows.add(row(modes, "reconciles per second, under changes", "1/s", ModeResult::reconcilesPerSecond, true));
    api(rows, modes, "nothing changing", ModeResult::apiQuiet);
    api(rows, modes, "under changes", ModeResult::apiLoad);
    rows.add(row(modes, "API server resident memory at the end", "MiB", m -> Math.max(m.apiQuiet().serverResidentMiB(), m.apiLoad().serverResidentMiB()),
        true));
    rows.add(row(modes, "poller time in GitHub reads per cycle, under changes", "s", ModeResult::scmReadSecondsPerCycle, true));
    rows.add(row(modes, "reconciles that threw", "reconciles", ModeResult::reconcileFailures, false));
    return rows;
  }

  /** Kubernetes API requests per second in one window, in all and by kind of verb, and the API server's CPU. */
  private static void api(List<Row> rows, List<ModeResult> modes, String window, java.util.function.Function<ModeResult, ApiRates> rates) {
    rows.add(row(modes, "API requests per second, " + window, "1/s", m -> rates.apply(m).total(), true));
    rows.add(row(modes, "API reads (GET, LIST) per second, " + window, "1/s", m -> rates.apply(m).reads(), true));
    rows.add(row(modes, "API writes (create, update, patch, delete) per second, " + window, "1/s", m -> rates.apply(m).writes(), true));
    rows.add(row(modes, "API watch requests per second, " + window, "1/s", m -> rates.apply(m).watches(), true));
    rows.add(row(modes, "API server cores used on average, " + window, "cores", m -> rates.apply(m).serverCores(), true));
  }

  private static Row row(List<ModeResult> modes, String figure, String unit, ToDoubleFunction<ModeResult> value, boolean withRatio) {
    List<Double> values = modes.stream().map(value::applyAsDouble).toList();
    double ratio = withRatio && values.size() == 2 ? values.get(0) / values.get(1) : Double.NaN;
    return new Row(figure, unit, values, ratio);
  }
}
