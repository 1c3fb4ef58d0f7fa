package dev.ao.runner.delivery;

/**
 * Cleans a message before it is pasted. Control characters other than newline and tab are
 * removed: an ESC inside the text could end bracketed paste early and turn the rest of the
 * message into keystrokes. Trailing line breaks are dropped because the submit key ends the
 * message; inside a paste they would only add empty lines to the agent's input.
 */
public final class MessageText {
  private MessageText() {}

  public static String sanitize(String text) {
    if (text == null) {
      return "";
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder clean = new StringBuilder(unified.length());
    unified.codePoints()
        .filter(c -> c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)))
        .forEach(clean::appendCodePoint);
    int end = clean.length();
    while (end > 0 && clean.charAt(end - 1) == '\n') {
      end--;
    }
    return clean.substring(0, end);
  }
}
