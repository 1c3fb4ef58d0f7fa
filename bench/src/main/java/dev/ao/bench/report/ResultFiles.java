package dev.ao.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a run as {@code sessions-N-repos-R-API.json} (everything), {@code .csv} (the table's rows) and {@code .md}
 * (the table) under the results directory, API being {@code mock} or {@code kubeconfig}; a later run with the same N, R
 * and API replaces them.
 */
public final class ResultFiles {
  private ResultFiles() {}

  public static Path write(RunResult run, Path dir) throws IOException {
    Files.createDirectories(dir);
    String base = baseName(run);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(dir.resolve(base + ".json"), json.writeValueAsString(run) + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(base + ".csv"), csv(run), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(base + ".md"), ResultTable.markdown(run), StandardCharsets.UTF_8);
    return dir.resolve(base + ".csv");
  }

  /** {@code sessions-N-repos-R-API}. */
  public static String baseName(RunResult run) {
    return "sessions-" + run.sessions() + "-repos-" + run.repos() + "-" + run.api();
  }

  static String csv(RunResult run) {
    StringBuilder out = new StringBuilder("figure,unit");
    ResultTable.columns(run).forEach(c -> out.append(',').append(c));
    out.append(",ratio\n");
    for (ResultRows.Row row : ResultRows.of(run)) {
      out.append('"').append(row.figure().replace("\"", "\"\"")).append("\",").append(row.unit());
      row.values().forEach(v -> out.append(',').append(number(v)));
      out.append(',').append(Double.isNaN(row.ratio()) || Double.isInfinite(row.ratio()) ? "" : number(row.ratio())).append('\n');
    }
    return out.toString();
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
  }
}
