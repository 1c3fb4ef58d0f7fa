package dev.ao.cli.output;

import picocli.CommandLine.Option;

/** The -o flag, mixed into every command whose output is data. */
public class OutputOptions {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "<format>",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  public OutputFormat format = OutputFormat.table;
}
