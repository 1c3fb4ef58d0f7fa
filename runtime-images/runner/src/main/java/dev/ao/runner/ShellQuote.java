package dev.ao.runner;

/** POSIX shell single-quoting, for the scripts and git config the runner generates. */
public final class ShellQuote {
  private ShellQuote() {}

  public static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
