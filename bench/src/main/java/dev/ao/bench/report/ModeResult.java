package dev.ao.bench.report;

/**
 * Everything one polling mode measured.
 *
 * @param quiet request figures while nothing changed at GitHub
 * @param load request figures while changes were driven
 * @param changeToStatusMillis change at the simulator → Session status showing it (watch)
 * @param changesMissed changes whose status never showed them within the grace period
 * @param spawnMillis Session created → its Pod created (watch)
 * @param heapAfterGcMiB the operator's live heap after a full GC, the larger of the two windows' ends
 * @param cycleSecondsQuiet time between two polls of a repository, averaged, while nothing changed
 * @param cycleSecondsLoad the same under changes: the interval, or longer when the poller cannot keep up
 * @param cpuSecondsPerCycleQuiet operator process CPU per poll cycle (average cores × cycle length) while nothing changed
 * @param cpuSecondsPerCycleLoad the same under changes
 * @param coresQuiet average cores used (CPU seconds per wall second) while nothing changed
 * @param coresLoad the same under changes
 * @param quietSeconds length of the quiet window
 * @param loadSeconds length of the load window
 * @param reconcilesPerSecondQuiet Session and Project reconciles per second while nothing changed (resyncs)
 * @param reconcilesPerSecond Session and Project reconciles per second under changes
 * @param scmReadSecondsPerCycle wall time the poller thread spent in GitHub reads per cycle (under changes)
 * @param reconcileFailures reconciles that threw
 * @param apiQuiet Kubernetes API requests per second (and the API server's own CPU and memory) while nothing changed
 * @param apiLoad the same under changes
 */
public record ModeResult(
    String mode,
    CycleFigures quiet,
    CycleFigures load,
    int changesMade,
    Percentiles changeToStatusMillis,
    int changesMissed,
    Percentiles spawnMillis,
    double heapAfterGcMiB,
    double cycleSecondsQuiet,
    double cycleSecondsLoad,
    double cpuSecondsPerCycleQuiet,
    double cpuSecondsPerCycleLoad,
    double coresQuiet,
    double coresLoad,
    double quietSeconds,
    double loadSeconds,
    double reconcilesPerSecondQuiet,
    double reconcilesPerSecond,
    double scmReadSecondsPerCycle,
    long reconcileFailures,
    ApiRates apiQuiet,
    ApiRates apiLoad) {

  /** Results written before the API was measured have no API figures: they read as not measured. */
  public ModeResult {
    apiQuiet = apiQuiet != null ? apiQuiet : ApiRates.NOT_MEASURED;
    apiLoad = apiLoad != null ? apiLoad : ApiRates.NOT_MEASURED;
  }

  /** GraphQL points spent per hour at the measured pace (GitHub's budget is 5,000). */
  public double pointsPerHourLoad() {
    return load.pointsPerCycle() * load.cycles() / loadSeconds * 3600;
  }
}
