package dev.ao.runner.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough Dockerfile reading for the image checks: instructions, ARG defaults, FROM, COPY. */
record Dockerfile(Path path, List<String> instructions) {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  static Dockerfile read(Path path) throws IOException {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(path)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
      } else {
        instructions.add(current.append(trimmed).toString());
        current.setLength(0);
      }
    }
    return new Dockerfile(path, instructions);
  }

  /** The base image with ARG defaults declared before FROM substituted. */
  String from() {
    Map<String, String> args = new HashMap<>();
    for (String instruction : instructions) {
      if (instruction.startsWith("ARG ") && instruction.contains("=")) {
        String[] kv = instruction.substring(4).strip().split("=", 2);
        args.put(kv[0], kv[1]);
      } else if (instruction.startsWith("FROM ")) {
        Matcher m = VARIABLE.matcher(instruction.substring(5).strip().split("\\s+")[0]);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
          m.appendReplacement(resolved, Matcher.quoteReplacement(args.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(resolved).toString();
      }
    }
    throw new AssertionError(path + " has no FROM");
  }

  /** Source paths of every COPY/ADD, relative to the build context. */
  List<String> copySources() {
    List<String> sources = new ArrayList<>();
    for (String instruction : instructions) {
      if (instruction.startsWith("COPY ") || instruction.startsWith("ADD ")) {
        List<String> words = new ArrayList<>(List.of(instruction.split("\\s+")));
        words.remove(0);
        words.removeIf(w -> w.startsWith("--"));
        sources.addAll(words.subList(0, words.size() - 1));
      }
    }
    return sources;
  }

  List<String> matching(String prefix) {
    return instructions.stream().filter(i -> i.startsWith(prefix)).toList();
  }

  String text() {
    return String.join("\n", instructions);
  }
}
