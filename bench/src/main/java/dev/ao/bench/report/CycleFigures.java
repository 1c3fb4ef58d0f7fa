package dev.ao.bench.report;

import dev.ao.sim.api.SimulatorStats;

/**
 * GitHub requests per poll cycle over a window, as the simulator counted them. A cycle is one poll of every
 * repository, so the window's repository polls divided by R is its number of cycles.
 */
public record CycleFigures(
    double cycles,
    double graphqlPerCycle,
    double rest200PerCycle,
    double rest304PerCycle,
    double pointsPerCycle,
    long rateLimited,
    long errors) {

  public static CycleFigures of(SimulatorStats stats, long repositoryPolls, int repos) {
    double cycles = (double) repositoryPolls / repos;
    double per = cycles == 0 ? Double.NaN : 1 / cycles;
    return new CycleFigures(cycles, stats.graphql() * per, stats.rest2xx() * per, stats.rest304() * per, stats.graphqlPoints() * per,
        stats.rateLimited(), stats.rest4xx() + stats.rest5xx());
  }
}
