package dev.ao.runner.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Latest write to the agent's own session logs (e.g. Claude Code's JSONL transcripts), a sign of
 * work that shows nothing on the terminal. The glob is relative to $HOME; only its fixed leading
 * directories are walked, and the answer is cached briefly because walking is not free.
 */
public final class SessionLogProbe {
  private static final Duration CACHE_FOR = Duration.ofSeconds(2);
  private static final int MAX_DEPTH = 12;

  private final Path home;
  private final Path root;
  private final PathMatcher matcher;
  private final Clock clock;
  private Instant checkedAt;
  private Instant latest;

  SessionLogProbe(Path home, String glob, Clock clock) {
    this.home = home;
    this.root = home.resolve(fixedPrefix(glob));
    this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    this.clock = clock;
  }

  /** A probe for {@code glob}, or null when the profile names no session logs. */
  public static SessionLogProbe of(Path home, String glob, Clock clock) {
    return glob == null ? null : new SessionLogProbe(home, glob, clock);
  }

  public synchronized Instant latestModification() {
    Instant now = clock.instant();
    if (checkedAt == null || Duration.between(checkedAt, now).compareTo(CACHE_FOR) >= 0) {
      latest = scan();
      checkedAt = now;
    }
    return latest;
  }

  private Instant scan() {
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> matcher.matches(home.relativize(file)))
          .map(SessionLogProbe::modified)
          .max(Instant::compareTo)
          .orElse(null);
    } catch (IOException | UncheckedIOException e) {
      // Files come and go while the agent writes; a failed scan just means "no signal this time".
      return null;
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  /** The directories before the first glob metacharacter, e.g. {@code .claude/projects}. */
  static String fixedPrefix(String glob) {
    StringBuilder prefix = new StringBuilder();
    for (String segment : glob.split("/")) {
      if (segment.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
        break;
      }
      prefix.append(segment).append('/');
    }
    String result = prefix.toString();
    // A glob without metacharacters names a file; walk its directory.
    if (result.equals(glob + "/")) {
      int slash = glob.lastIndexOf('/');
      return slash < 0 ? "" : glob.substring(0, slash);
    }
    return result.isEmpty() ? "" : result.substring(0, result.length() - 1);
  }
}
