package dev.ao.runner.fake;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A scripted stand-in for a coding agent, run by the runner inside real tmux. It behaves like the
 * TUI agents: raw terminal, bracketed paste (newlines inside a paste stay in the message), an
 * input line redrawn as text arrives, Enter submits. Every submitted message is appended to the
 * log file (base64, one per line) so tests can check what arrived, exactly and in order.
 *
 * <p>Commands in a message script the behaviour: {@code /busy N} prints for N seconds,
 * {@code /ask} asks a y/n question and waits, {@code /exit N} exits with code N. With
 * {@code --swallow-every N} the first Enter after every Nth paste is ignored, reproducing the
 * "Enter swallowed" race of the seed system.
 */
public final class FakeAgent {
  private static final String CSI = "\033[";
  private final PrintStream screen = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
  private final OutputStream log;
  private final int swallowEvery;
  private final ByteArrayOutputStream input = new ByteArrayOutputStream();
  private int pastes;
  private boolean swallowedThisPaste = true;
  private boolean pasting;
  private boolean asking;
  private int received;

  private FakeAgent(OutputStream log, int swallowEvery) {
    this.log = log;
    this.swallowEvery = swallowEvery;
  }

  public static void main(String[] args) throws Exception {
    String logFile = null;
    String prompt = null;
    int swallowEvery = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--log" -> logFile = args[++i];
        case "--swallow-every" -> swallowEvery = Integer.parseInt(args[++i]);
        default -> prompt = args[i];
      }
    }
    new ProcessBuilder("stty", "raw", "-echo").redirectInput(ProcessBuilder.Redirect.INHERIT).start().waitFor();
    try (OutputStream log = new FileOutputStream(logFile, true)) {
      new FakeAgent(log, swallowEvery).run(prompt);
    }
  }

  private void run(String prompt) throws IOException, InterruptedException {
    screen.print(CSI + "?2004h");
    if (prompt != null) {
      record("PROMPT", prompt);
    }
    screen.print("fake-agent ready\r\n> ");
    InputStream in = System.in;
    byte[] chunk = new byte[65536];
    int carried = 0;
    int read;
    while ((read = in.read(chunk, carried, chunk.length - carried)) > 0) {
      int n = carried + read;
      carried = 0;
      for (int i = 0; i < n; i++) {
        if (chunk[i] == 0x1b && n - i < 6) {
          // A paste marker split across two reads: keep its start for the next read.
          carried = n - i;
          System.arraycopy(chunk, i, chunk, 0, carried);
          break;
        }
        i = accept(chunk, i, n);
      }
      redrawInput();
    }
  }

  /** Handles the byte at {@code i}; returns the index of the last byte consumed. */
  private int accept(byte[] chunk, int i, int n) throws IOException, InterruptedException {
    byte b = chunk[i];
    if (b == 0x1b && startsWith(chunk, i, n, CSI + "200~")) {
      pasting = true;
      return i + 5;
    }
    if (b == 0x1b && startsWith(chunk, i, n, CSI + "201~")) {
      pasting = false;
      pastes++;
      swallowedThisPaste = false;
      return i + 5;
    }
    if (b == '\r' || b == '\n') {
      if (pasting) {
        input.write('\n');
      } else if (swallowEvery > 0 && pastes % swallowEvery == 0 && !swallowedThisPaste) {
        swallowedThisPaste = true;
        record("SWALLOWED", Integer.toString(pastes));
      } else {
        submit();
      }
    } else if (b == 0x7f || b == 0x08) {
      byte[] bytes = input.toByteArray();
      input.reset();
      input.write(bytes, 0, Math.max(0, bytes.length - 1));
    } else {
      input.write(b);
    }
    return i;
  }

  private void submit() throws IOException, InterruptedException {
    String text = input.toString(StandardCharsets.UTF_8);
    input.reset();
    if (asking) {
      asking = false;
      record("ANSWER", text);
      screen.print("\r\nanswer: " + text + "\r\n> ");
      return;
    }
    record("MSG", text);
    received++;
    screen.print("\r\nreceived #" + received + " (" + text.length() + " chars)\r\n");
    if (text.startsWith("/busy ")) {
      long until = System.currentTimeMillis() + 1000L * Integer.parseInt(text.substring(6).strip());
      for (int step = 1; System.currentTimeMillis() < until; step++) {
        screen.print("working... step " + step + "\r\n");
        Thread.sleep(200);
      }
      screen.print("done\r\n> ");
    } else if (text.equals("/ask")) {
      asking = true;
      screen.print("Shall I apply the change? (y/n) ");
    } else if (text.startsWith("/exit ")) {
      screen.print("bye\r\n");
      screen.print(CSI + "?2004l");
      System.exit(Integer.parseInt(text.substring(6).strip()));
    } else {
      screen.print("> ");
    }
  }

  private void redrawInput() {
    if (pasting) {
      return;
    }
    String text = input.toString(StandardCharsets.UTF_8);
    String shown;
    if (text.length() > 2000) {
      // Like Claude Code: a long paste is folded into a placeholder instead of shown.
      shown = "[Pasted text +" + text.split("\n", -1).length + " lines]";
    } else {
      String[] lines = text.split("\n", -1);
      String last = lines[lines.length - 1];
      shown = (lines.length > 1 ? "[+" + (lines.length - 1) + " lines] " : "")
          + (last.length() > 150 ? last.substring(last.length() - 150) : last);
    }
    screen.print("\r" + CSI + "K" + (asking ? "(y/n) " : "> ") + shown);
  }

  private void record(String kind, String text) throws IOException {
    String line = kind + " " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\n";
    log.write(line.getBytes(StandardCharsets.UTF_8));
    log.flush();
  }

  private static boolean startsWith(byte[] chunk, int i, int n, String marker) {
    byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
    if (i + m.length > n) {
      return false;
    }
    for (int k = 0; k < m.length; k++) {
      if (chunk[i + k] != m[k]) {
        return false;
      }
    }
    return true;
  }
}
