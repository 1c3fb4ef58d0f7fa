package dev.ao.bench.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads samples out of the Prometheus text exposition format (what {@code GET /metrics} of kube-apiserver answers):
 * {@code name{label="value",...} value [timestamp]}, comments and other metrics skipped.
 */
public final class PrometheusText {
  /** One sample line: its labels (in the order written) and value. */
  public record Sample(String name, Map<String, String> labels, double value) {
    public String label(String key) {
      return labels.getOrDefault(key, "");
    }
  }

  private PrometheusText() {}

  /** Every sample of the metric {@code name} (exactly that name: {@code name_bucket} or {@code name_sum} are others). */
  public static List<Sample> samples(String text, String name) {
    List<Sample> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (text.startsWith(name, start)) {
        Sample s = parse(text.substring(start, end).strip(), name);
        if (s != null) {
          out.add(s);
        }
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * The sum of all samples of {@code name}, or NaN when it has none: NaN is the results' "not measured"
   * (printed as "–"), which a server that does not export the metric must show rather than a zero.
   */
  public static double sum(String text, String name) {
    List<Sample> all = samples(text, name);
    return all.isEmpty() ? Double.NaN : all.stream().mapToDouble(Sample::value).sum();
  }

  /** One line, or null when it is a different metric whose name merely starts with {@code name}. */
  static Sample parse(String line, String name) {
    int i = name.length();
    if (i >= line.length() || (line.charAt(i) != '{' && line.charAt(i) != ' ' && line.charAt(i) != '\t')) {
      return null;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (line.charAt(i) == '{') {
      i++;
      while (true) {
        i = skipSpaces(line, i);
        if (i >= line.length()) {
          throw new IllegalArgumentException("unterminated labels: " + line);
        }
        if (line.charAt(i) == '}') {
          i++;
          break;
        }
        int eq = line.indexOf('=', i);
        if (eq < 0 || eq + 1 >= line.length() || line.charAt(eq + 1) != '"') {
          throw new IllegalArgumentException("bad label at " + i + ": " + line);
        }
        String key = line.substring(i, eq).strip();
        StringBuilder value = new StringBuilder();
        int j = eq + 2;
        for (; j < line.length() && line.charAt(j) != '"'; j++) {
          char c = line.charAt(j);
          if (c == '\\' && j + 1 < line.length()) {
            char next = line.charAt(++j);
            value.append(next == 'n' ? '\n' : next);
          } else {
            value.append(c);
          }
        }
        if (j >= line.length()) {
          throw new IllegalArgumentException("unterminated label value: " + line);
        }
        labels.put(key, value.toString());
        i = skipSpaces(line, j + 1);
        if (i < line.length() && line.charAt(i) == ',') {
          i++;
        }
      }
    }
    String[] rest = line.substring(i).strip().split("\\s+");
    if (rest.length == 0 || rest[0].isEmpty()) {
      throw new IllegalArgumentException("no value: " + line);
    }
    return new Sample(name, labels, value(rest[0]));
  }

  private static double value(String text) {
    return switch (text) {
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }

  private static int skipSpaces(String line, int i) {
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
