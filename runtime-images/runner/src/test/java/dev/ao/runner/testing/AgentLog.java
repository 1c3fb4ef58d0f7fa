package dev.ao.runner.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads what the fake agent recorded: one entry per received prompt, message or answer. */
public final class AgentLog {
  private final Path file;

  public AgentLog(Path file) {
    this.file = file;
  }

  public record Entry(String kind, String text) {}

  public List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (!Files.exists(file)) {
      return entries;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (space > 0) {
        String text = new String(Base64.getDecoder().decode(line.substring(space + 1)), StandardCharsets.UTF_8);
        entries.add(new Entry(line.substring(0, space), text));
      }
    }
    return entries;
  }

  public List<String> texts(String kind) throws IOException {
    return entries().stream().filter(e -> e.kind().equals(kind)).map(Entry::text).toList();
  }
}
