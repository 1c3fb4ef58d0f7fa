package dev.ao.runner.session;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the agent's raw terminal output into readable log lines for {@code kubectl logs}:
 * escape sequences are dropped, a carriage return starts the line over (progress bars leave
 * their final state), and text re-rendered in place by a full-screen UI is printed only when it
 * says something new. Plain line-by-line output passes through unchanged, repeats included.
 */
public final class TerminalLogFilter {
  /** Output this soon after a cursor jump counts as an in-place redraw. */
  static final Duration REDRAW_WINDOW = Duration.ofSeconds(2);
  static final int RECENT_LINES = 200;
  private static final int MAX_LINE = 4096;

  private enum State { TEXT, ESCAPE, CSI, STRING, STRING_ESCAPE, CHARSET }

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private ByteBuffer pending = ByteBuffer.allocate(0);
  private final StringBuilder line = new StringBuilder();
  private final StringBuilder params = new StringBuilder();
  private final ArrayDeque<String> recent = new ArrayDeque<>();
  private State state = State.TEXT;
  private boolean carriageReturn;
  private Instant lastCursorJump;

  public List<String> feed(byte[] data, int length, Instant now) {
    ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
    in.put(pending).put(data, 0, length).flip();
    CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
    decoder.decode(in, chars, false);
    pending = ByteBuffer.allocate(in.remaining()).put(in).flip();
    chars.flip();
    List<String> lines = new ArrayList<>();
    while (chars.hasRemaining()) {
      accept(chars.get(), now, lines);
    }
    return lines;
  }

  /** The unfinished last line, e.g. when the agent exits without a trailing newline. */
  public List<String> flush(Instant now) {
    List<String> lines = new ArrayList<>();
    if (!line.toString().isBlank()) {
      emit(now, lines);
    }
    return lines;
  }

  private void accept(char c, Instant now, List<String> lines) {
    switch (state) {
      case TEXT -> text(c, now, lines);
      case ESCAPE -> escape(c, now);
      case CSI -> csi(c, now, lines);
      case STRING -> state = c == 0x07 ? State.TEXT : c == 0x1b ? State.STRING_ESCAPE : State.STRING;
      case STRING_ESCAPE -> state = c == '\\' ? State.TEXT : State.STRING;
      case CHARSET -> state = State.TEXT;
      default -> throw new IllegalStateException(state.name());
    }
  }

  private void text(char c, Instant now, List<String> lines) {
    if (c == 0x1b) {
      state = State.ESCAPE;
    } else if (c == '\n') {
      emit(now, lines);
    } else if (c == '\r') {
      carriageReturn = true;
    } else if (c == '\b') {
      if (line.length() > 0) {
        line.setLength(line.length() - 1);
      }
    } else if (c == '\t' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)) {
      append(c);
    }
  }

  private void escape(char c, Instant now) {
    state = State.TEXT;
    switch (c) {
      case '[' -> {
        state = State.CSI;
        params.setLength(0);
      }
      case ']', 'P', 'X', '^', '_' -> state = State.STRING;
      case '(', ')', '*', '+' -> state = State.CHARSET;
      case 'M', '8' -> cursorJump(now); // reverse index, restore cursor
      default -> { }
    }
  }

  private void csi(char c, Instant now, List<String> lines) {
    if (c >= 0x20 && c <= 0x3f) {
      params.append(c);
      return;
    }
    state = State.TEXT;
    String p = params.toString();
    switch (c) {
      case 'A', 'F', 'H', 'f', 'd', 'J' -> cursorJump(now);
      case 'K' -> {
        if (p.equals("2")) {
          line.setLength(0);
        }
      }
      case 'G' -> carriageReturn = p.isEmpty() || p.equals("1");
      case 'C' -> {
        for (int i = Math.min(count(p), 200); i > 0; i--) {
          append(' ');
        }
      }
      case 'E' -> emit(now, lines);
      case 'h', 'l' -> {
        if (p.equals("?1049") || p.equals("?47") || p.equals("?1047")) {
          cursorJump(now); // alternate screen: a full-screen UI from here on
        }
      }
      default -> { }
    }
  }

  private void append(char c) {
    if (carriageReturn) {
      line.setLength(0);
      carriageReturn = false;
    }
    if (line.length() < MAX_LINE) {
      line.append(c);
    }
  }

  private void cursorJump(Instant now) {
    lastCursorJump = now;
    line.setLength(0);
    carriageReturn = false;
  }

  private void emit(Instant now, List<String> lines) {
    String text = line.toString().stripTrailing();
    line.setLength(0);
    carriageReturn = false;
    boolean redraw = lastCursorJump != null && Duration.between(lastCursorJump, now).compareTo(REDRAW_WINDOW) < 0;
    if (redraw && recent.contains(text)) {
      return;
    }
    recent.addLast(text);
    if (recent.size() > RECENT_LINES) {
      recent.removeFirst();
    }
    lines.add(text);
  }

  private static int count(String p) {
    try {
      return p.isEmpty() ? 1 : Integer.parseInt(p);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
