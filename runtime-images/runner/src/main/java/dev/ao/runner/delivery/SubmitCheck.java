package dev.ao.runner.delivery;

import java.util.List;

/**
 * Tells from screen snapshots whether the agent took a pasted message when the submit key was
 * pressed — the seed's failure was an Enter swallowed while the paste was still being processed,
 * with the text left sitting in the input line.
 *
 * <p>At paste time the "input row" is found: the lowest row that the paste changed, preferring one
 * that shows the end of the message (agents that fold long pastes into a placeholder such as
 * "[Pasted text +40 lines]" show no message text; then the placeholder row serves). Everything
 * below that row is remembered. The message counts as received once the input row is gone or what
 * follows it has changed — the input was cleared, the agent echoed or answered. If the screen
 * still ends with the same input row and the same rows under it, the key was swallowed (or became
 * a newline inside the input) and must be pressed again.
 */
public final class SubmitCheck {
  static final int KEY_LENGTH = 8;

  private final String inputRow;
  private final String below;
  private final List<String> pasted;

  private SubmitCheck(String inputRow, String below, List<String> pasted) {
    this.inputRow = inputRow;
    this.below = below;
    this.pasted = pasted;
  }

  /** True once the snapshot shows the pasted message (or at least some change) in the input. */
  static boolean pasteVisible(List<String> before, List<String> now, String message) {
    String key = ScreenText.tailKey(message, KEY_LENGTH);
    return changedRowShowing(before, now, key) >= 0 || (key.isEmpty() && !before.equals(now));
  }

  static SubmitCheck afterPaste(List<String> before, List<String> pasted, String message) {
    int row = changedRowShowing(before, pasted, ScreenText.tailKey(message, KEY_LENGTH));
    if (row < 0) {
      row = lowestChangedRow(before, pasted);
    }
    if (row < 0) {
      return new SubmitCheck(null, null, List.copyOf(pasted));
    }
    return new SubmitCheck(
        ScreenText.normalize(pasted.get(row)), normalizedBelow(pasted, row), List.copyOf(pasted));
  }

  /** True when {@code now} shows that the agent received the message. */
  boolean received(List<String> now) {
    if (inputRow == null) {
      // The paste left no visible trace; the best remaining evidence is any reaction at all.
      return !now.equals(pasted);
    }
    for (int i = now.size() - 1; i >= 0; i--) {
      if (ScreenText.normalize(now.get(i)).equals(inputRow)) {
        return !normalizedBelow(now, i).equals(below);
      }
    }
    return true;
  }

  private static int changedRowShowing(List<String> before, List<String> now, String key) {
    if (key.isEmpty()) {
      return -1;
    }
    for (int i = now.size() - 1; i >= 0; i--) {
      if (changed(before, now, i) && ScreenText.normalize(now.get(i)).contains(key)) {
        return i;
      }
    }
    return -1;
  }

  private static int lowestChangedRow(List<String> before, List<String> now) {
    for (int i = now.size() - 1; i >= 0; i--) {
      if (changed(before, now, i) && !ScreenText.normalize(now.get(i)).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean changed(List<String> before, List<String> now, int row) {
    return row >= before.size() || !before.get(row).equals(now.get(row));
  }

  private static String normalizedBelow(List<String> rows, int row) {
    StringBuilder below = new StringBuilder();
    for (int i = row + 1; i < rows.size(); i++) {
      below.append(ScreenText.normalize(rows.get(i)));
    }
    return below.toString();
  }
}
