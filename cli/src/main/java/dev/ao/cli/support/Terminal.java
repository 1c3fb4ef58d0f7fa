package dev.ao.cli.support;

import java.io.Console;

/** Whether a person is at the keyboard, and how to ask them something. */
public interface Terminal {
  /** True when stdin and stdout are a terminal: only then may a command prompt. */
  boolean interactive();

  /** Shows the question and returns the answer (null at end of input). */
  String ask(String question);

  /** The process's terminal, from {@link System#console()}. */
  static Terminal system() {
    Console console = System.console();
    return new Terminal() {
      @Override
      public boolean interactive() {
        return console != null;
      }

      @Override
      public String ask(String question) {
        return console == null ? null : console.readLine("%s", question);
      }
    };
  }

  /** No terminal attached: scripts, CI, tests. */
  static Terminal none() {
    return new Terminal() {
      @Override
      public boolean interactive() {
        return false;
      }

      @Override
      public String ask(String question) {
        return null;
      }
    };
  }
}
