package dev.ao.runner.session;

import dev.ao.runner.Log;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Reads everything the agent writes to its terminal (tmux pipe-pane into a FIFO), mirrors it to
 * stdout for {@code kubectl logs}, and remembers when the agent last wrote anything — the
 * primary activity signal.
 */
public final class PaneStream {
  private final Path fifo;
  private final PrintStream out;
  private final Clock clock;
  private final TerminalLogFilter filter = new TerminalLogFilter();
  private volatile Instant lastOutputAt;

  public PaneStream(Path fifo, PrintStream out, Clock clock, Instant startedAt) {
    this.fifo = fifo;
    this.out = out;
    this.clock = clock;
    this.lastOutputAt = startedAt;
  }

  public Path fifo() {
    return fifo;
  }

  /** Last time the agent wrote to its terminal; the launch time until it writes anything. */
  public Instant lastOutputAt() {
    return lastOutputAt;
  }

  public void start() {
    Thread reader = new Thread(this::pump, "pane-mirror");
    reader.setDaemon(true);
    reader.start();
  }

  private void pump() {
    byte[] buffer = new byte[16384];
    // Opening a FIFO blocks until tmux's writer opens it.
    try (InputStream in = new FileInputStream(fifo.toFile())) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        Instant now = clock.instant();
        lastOutputAt = now;
        print(filter.feed(buffer, n, now));
      }
    } catch (IOException e) {
      Log.warn("terminal mirror stopped: " + e.getMessage());
    }
    print(filter.flush(clock.instant()));
  }

  private void print(Iterable<String> lines) {
    for (String line : lines) {
      out.println(line);
    }
    out.flush();
  }
}
