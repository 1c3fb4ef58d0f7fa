package dev.ao.bench.operator;

/**
 * What the operator process reports about itself; counters are cumulative since it started, so the benchmark
 * subtracts two reports to get a window.
 *
 * @param repositoryPolls repository polls finished
 * @param pollsStarted repository polls started: more than finished while one is under way
 * @param pollGapNanos sum of the times between consecutive poll starts of one repository ({@code pollGaps} of them)
 * @param heapAfterGcBytes heap in use right after a full GC, or -1 when the report was taken without one
 */
public record NodeStats(
    long uptimeNanos,
    long cpuNanos,
    long sessionReconciles,
    long projectReconciles,
    long reconcileFailures,
    long repositoryPolls,
    long pollsStarted,
    long scmReadNanos,
    long pollGapNanos,
    long pollGaps,
    long heapAfterGcBytes,
    long heapCommittedBytes,
    int liveThreads) {

  /** No repository poll is under way: a good moment to open or close a window of request counts. */
  public boolean betweenPolls() {
    return pollsStarted == repositoryPolls;
  }
}
