package dev.ao.bench.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The same N and R against each Kubernetes API, in one table: a column per polling mode and API
 * ({@code sessions-N-repos-R-mock-vs-kubeconfig.md}), made from the runs' JSON files whenever both are there.
 */
public final class SideBySide {
  static final List<String> APIS = List.of("mock", "kubeconfig");

  private SideBySide() {}

  /** Writes the side-by-side table when the results directory holds both APIs' runs for this N and R; its path, if written. */
  public static Optional<Path> writeIfComplete(RunResult latest, Path dir) throws IOException {
    List<RunResult> runs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    for (String api : APIS) {
      if (api.equals(latest.api())) {
        runs.add(latest);
        continue;
      }
      Path other = dir.resolve("sessions-" + latest.sessions() + "-repos-" + latest.repos() + "-" + api + ".json");
      if (!Files.isRegularFile(other)) {
        return Optional.empty();
      }
      try {
        RunResult run = json.readValue(other.toFile(), RunResult.class);
        if (run.modes() == null || run.modes().isEmpty()) {
          return Optional.empty();
        }
        runs.add(run);
      } catch (IOException e) {
        return Optional.empty(); // not a results file this version can read: no side-by-side until it is run again
      }
    }
    Path out = dir.resolve("sessions-" + latest.sessions() + "-repos-" + latest.repos() + "-" + String.join("-vs-", APIS) + ".md");
    Files.writeString(out, markdown(runs), StandardCharsets.UTF_8);
    return Optional.of(out);
  }

  /** One column per polling mode and API, modes in the first run's order, APIs side by side. */
  public static String markdown(List<RunResult> runs) {
    RunResult first = runs.get(0);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "N = %d Sessions, R = %d repositories, poll interval %d s, %.1f changes/s for %d s, %d cores%n%n",
        first.sessions(), first.repos(), first.pollIntervalSeconds(), first.changesPerSecond(), first.loadSeconds(), first.cores()));
    for (RunResult run : runs) {
      out.append("- ").append(run.api()).append(": ").append(run.apiServer()).append(", ").append(run.startedAt())
          .append(settingsDiffer(first, run) ? " (**other settings**: compare with care)" : "").append('\n');
    }
    List<String> modes = first.modes().stream().map(ModeResult::mode).toList();
    List<List<ResultRows.Row>> rows = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    out.append("\n| figure | unit |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (String mode : modes) {
      for (RunResult run : runs) {
        int index = indexOf(run, mode);
        if (index >= 0) {
          out.append(' ').append(mode).append(", ").append(run.api()).append(" |");
          rule.append("---:|");
          rows.add(ResultRows.of(run));
          columns.add(index);
        }
      }
    }
    out.append('\n').append(rule).append('\n');
    List<ResultRows.Row> figures = rows.get(0);
    for (int r = 0; r < figures.size(); r++) {
      out.append("| ").append(figures.get(r).figure()).append(" | ").append(figures.get(r).unit()).append(" |");
      for (int c = 0; c < rows.size(); c++) {
        out.append(' ').append(ResultTable.format(rows.get(c).get(r).values().get(columns.get(c)))).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static int indexOf(RunResult run, String mode) {
    for (int i = 0; i < run.modes().size(); i++) {
      if (run.modes().get(i).mode().equals(mode)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean settingsDiffer(RunResult a, RunResult b) {
    return a.pollIntervalSeconds() != b.pollIntervalSeconds() || a.changesPerSecond() != b.changesPerSecond() || a.loadSeconds() != b.loadSeconds()
        || a.quietCycles() != b.quietCycles() || a.quietSecondsAtLeast() != b.quietSecondsAtLeast() || !a.operatorJvm().equals(b.operatorJvm());
  }
}
