package dev.ao.runner.delivery;

/**
 * Screen text reduced to what survives an agent's layout: whitespace and box-drawing characters
 * are removed, so text wrapped inside a bordered input box still compares equal to the message.
 */
final class ScreenText {
  private ScreenText() {}

  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != 0xa0 && !(c >= 0x2500 && c <= 0x259f))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The last {@code max} normalized characters of the message's last non-blank line. */
  static String tailKey(String message, int max) {
    String[] lines = message.split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      String normalized = normalize(lines[i]);
      if (!normalized.isEmpty()) {
        return normalized.substring(Math.max(0, normalized.length() - max));
      }
    }
    return "";
  }
}
