package dev.ao.cli.output;

/**
 * How a command prints data, as kubectl's -o: a table (or the command's human text), a wider table,
 * the objects as JSON or YAML, or just their names for scripts.
 */
public enum OutputFormat {
  table,
  wide,
  json,
  yaml,
  name;

  public boolean human() {
    return this == table || this == wide;
  }
}
