package dev.ao.local.demo;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tells the story live, a line per phase change (as `ao status -w` would), and sums it up at the end. */
final class DemoNarrator {
  private final PrintStream out;
  private final Instant start = Instant.now();
  private final Map<String, SessionPhase> last = new LinkedHashMap<>();
  private final Map<String, List<String>> path = new LinkedHashMap<>();
  private final Map<String, Instant> lastChange = new LinkedHashMap<>();
  private final Map<String, Integer> delivered = new LinkedHashMap<>();
  private final Map<String, Duration> timeInPhase = new LinkedHashMap<>();

  DemoNarrator(PrintStream out) {
    this.out = out;
  }

  void observe(List<Session> sessions) {
    for (Session s : sessions) {
      String name = s.getMetadata().getName();
      if (s.getStatus() == null || s.getStatus().phase == null) {
        continue;
      }
      SessionPhase phase = s.getStatus().phase;
      int messages = s.getStatus().deliveredMessages.size();
      for (int i = delivered.getOrDefault(name, 0); i < messages; i++) {
        String id = s.getStatus().deliveredMessages.get(i).id;
        line(name, "agent received " + (id.startsWith("rx-") ? "the " + id.replaceAll("^rx-|-[0-9a-f]+$", "") + " reaction" : "message " + id));
      }
      delivered.put(name, Math.max(messages, delivered.getOrDefault(name, 0)));
      if (phase != last.get(name)) {
        Instant now = Instant.now();
        if (last.containsKey(name)) {
          timeInPhase.merge(name + "/" + last.get(name), Duration.between(lastChange.get(name), now), Duration::plus);
        }
        String pr = s.getStatus().pr == null ? "" : "  PR #" + s.getStatus().pr.number + " CI " + s.getStatus().pr.ci
            + (s.getStatus().pr.reviewDecision == null ? "" : " review " + s.getStatus().pr.reviewDecision);
        line(name, String.format("%-16s %s%s", phase, s.getStatus().message == null ? "" : s.getStatus().message, pr));
        last.put(name, phase);
        lastChange.put(name, now);
        path.computeIfAbsent(name, k -> new ArrayList<>()).add(phase.name());
      }
    }
  }

  void line(String who, String what) {
    long t = Duration.between(start, Instant.now()).toMillis();
    out.printf("%6.1fs  %-10s %s%n", t / 1000.0, who, what);
  }

  boolean allDone(List<Session> sessions) {
    return !sessions.isEmpty() && sessions.stream().allMatch(s -> s.getStatus() != null && s.getStatus().phase == SessionPhase.Done);
  }

  void summary(List<Session> sessions, Map<String, Boolean> merged) {
    out.println();
    out.printf("%-10s %-6s %-4s %-7s %-8s %s%n", "SESSION", "ISSUE", "PR", "MERGED", "TIME", "PHASES");
    for (Session s : sessions) {
      String name = s.getMetadata().getName();
      Instant end = lastChange.getOrDefault(name, Instant.now());
      out.printf("%-10s %-6s %-4s %-7s %-8s %s%n", name, s.getSpec().issue, s.getStatus() == null || s.getStatus().pr == null ? "-" : "#" + s.getStatus().pr.number,
          merged.getOrDefault(name, false) ? "yes" : "no", String.format("%.1fs", Duration.between(start, end).toMillis() / 1000.0),
          String.join(" → ", path.getOrDefault(name, List.of())));
    }
    Map<SessionPhase, Duration> totals = new LinkedHashMap<>();
    timeInPhase.forEach((k, v) -> totals.merge(SessionPhase.valueOf(k.substring(k.indexOf('/') + 1)), v, Duration::plus));
    out.println();
    out.print("time spent per phase (all sessions):");
    totals.forEach((phase, d) -> out.printf(" %s %.1fs;", phase, d.toMillis() / 1000.0));
    out.println();
  }

  Map<String, List<String>> paths() {
    return path;
  }
}
