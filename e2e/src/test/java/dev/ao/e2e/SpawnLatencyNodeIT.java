package dev.ao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Spawn latency on the node itself, printed, not asserted (a 2-core CI machine's timings say little
 * about a user's cluster): 20 Sessions created at once; for each, the time from the Session's creation
 * to its workspace being cloned (the init container finished) and to the agent container running,
 * with the images already on the node. Written to e2e/target/spawn-latency.txt. It asserts only that
 * every Session got there.
 */
@Order(60)
class SpawnLatencyNodeIT {
  private static final int SESSIONS = Integer.getInteger("ao.e2e.spawn.sessions", 20);
  private static RealNode node;
  private static Team team;

  @BeforeAll
  static void setUp() {
    team = Team.open("team-latency");
    node = team.node;
    team.createProject("webapp", spec -> {
      spec.limits = new dev.ao.api.v1alpha1.project.LimitsSpec();
      spec.limits.maxConcurrentSessions = SESSIONS;
    });
  }

  @AfterAll
  static void tearDown() {
    if (team != null) {
      team.close();
    }
  }

  @Test
  void sessionsToClonedWorkspaceAndRunningAgent() throws IOException {
    Map<String, Long> created = new HashMap<>();
    Map<String, Long> cloned = new HashMap<>();
    Map<String, Long> running = new HashMap<>();
    for (int i = 1; i <= SESSIONS; i++) {
      String name = "spawn-" + i;
      team.createSession(name, spec -> spec.prompt = "Wait.");
      created.put(name, System.nanoTime());
    }
    Await.until(Duration.ofMinutes(6), "all " + SESSIONS + " agent containers to run", () -> {
      for (Pod pod : node.admin.pods().inNamespace(team.namespace).list().getItems()) {
        String session = pod.getMetadata().getLabels() == null ? null : pod.getMetadata().getLabels().get(dev.ao.api.ApiGroup.LABEL_SESSION);
        if (session == null || !created.containsKey(session)) {
          continue;
        }
        long now = System.nanoTime();
        if (finished(pod.getStatus().getInitContainerStatuses())) {
          cloned.putIfAbsent(session, now);
        }
        if (SessionLoopNodeIT.running(pod) && started(pod.getStatus().getContainerStatuses())) {
          cloned.putIfAbsent(session, now);
          running.putIfAbsent(session, now);
        }
      }
      return running.size() == SESSIONS;
    }, () -> running.size() + " running, " + cloned.size() + " cloned");

    String report = "Session created -> workspace cloned: " + percentiles(created, cloned) + "\n"
        + "Session created -> agent container running: " + percentiles(created, running) + "\n";
    System.out.print("[spawn latency, " + SESSIONS + " Sessions created at once, images present]\n" + report);
    Path out = Path.of("target", "spawn-latency.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    assertThat(running).hasSize(SESSIONS);
  }

  private static boolean finished(List<ContainerStatus> statuses) {
    return statuses != null && !statuses.isEmpty() && statuses.stream().allMatch(s -> s.getState() != null
        && s.getState().getTerminated() != null && Integer.valueOf(0).equals(s.getState().getTerminated().getExitCode()));
  }

  private static boolean started(List<ContainerStatus> statuses) {
    return statuses != null && statuses.stream().anyMatch(s -> s.getState() != null && s.getState().getRunning() != null);
  }

  private static String percentiles(Map<String, Long> from, Map<String, Long> to) {
    List<Long> ms = new ArrayList<>();
    to.forEach((name, t) -> ms.add((t - from.get(name)) / 1_000_000));
    ms.sort(Long::compare);
    if (ms.isEmpty()) {
      return "no samples";
    }
    return String.format("p50 %.1f s, p99 %.1f s, max %.1f s (n=%d)", at(ms, 0.50) / 1000.0, at(ms, 0.99) / 1000.0,
        ms.get(ms.size() - 1) / 1000.0, ms.size());
  }

  private static long at(List<Long> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
  }
}
