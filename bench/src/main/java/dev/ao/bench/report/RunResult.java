package dev.ao.bench.report;

import java.util.List;

/** One benchmark run: its settings, the machine, and each polling mode's figures (the product first). */
public record RunResult(
    String startedAt,
    int sessions,
    int repos,
    int pollIntervalSeconds,
    double changesPerSecond,
    int loadSeconds,
    int quietCycles,
    int quietSecondsAtLeast,
    int cores,
    String java,
    String operatorJvm,
    List<ModeResult> modes) {}
