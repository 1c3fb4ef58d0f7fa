package dev.ao.cli.init;

import dev.ao.cli.support.Terminal;

/** Questions with a default in brackets; an empty answer keeps the default. */
public final class InitPrompts {
  private final Terminal terminal;

  public InitPrompts(Terminal terminal) {
    this.terminal = terminal;
  }

  public String ask(String question, String defaultValue) {
    String answer = terminal.ask(question + " [" + defaultValue + "]: ");
    return answer == null || answer.isBlank() ? defaultValue : answer.trim();
  }
}
