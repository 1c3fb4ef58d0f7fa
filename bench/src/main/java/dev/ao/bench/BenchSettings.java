package dev.ao.bench;

import dev.ao.bench.kube.ApiChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One run's settings.
 *
 * @param quietCycles poll cycles the quiet window holds at least
 * @param quietAtLeast how long the quiet window lasts at least: one resync period, so periodic reconciles count once
 *     per Session whatever the window's phase
 * @param operatorJvm options of the operator's JVM: by default the Helm chart's pod (512 MiB limit, 75% heap, so
 *     384 MiB; a 2-core container gets the serial collector)
 * @param api the Kubernetes API the run uses
 * @param crdDir the chart's CRDs ({@code helm/agent-orchestrator/crds}), or null for the ao-crds jar's copies
 */
public record BenchSettings(
    int sessions,
    int repos,
    Duration pollInterval,
    double changesPerSecond,
    Duration load,
    int quietCycles,
    Duration quietAtLeast,
    long seed,
    Path workDir,
    List<String> operatorJvm,
    ApiChoice api,
    Path crdDir) {

  /** How long after the last change a status may take before the change counts as missed. */
  Duration grace() {
    return pollInterval.multipliedBy(3).plusSeconds(10);
  }
}
