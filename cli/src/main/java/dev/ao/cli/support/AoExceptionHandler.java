package dev.ao.cli.support;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place errors become output and exit codes: "error: <what and how to fix it>" on stderr,
 * detail lines indented below, never a stack trace unless AO_DEBUG is set.
 */
public final class AoExceptionHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final boolean debug;

  public AoExceptionHandler(Environment env) {
    this.debug = env.get("AO_DEBUG").isPresent();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    CliException error = translate(ex);
    PrintWriter err = cmd.getErr();
    err.println(cmd.getColorScheme().errorText("error: ") + error.getMessage());
    error.details().forEach(d -> err.println("  " + d));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return error.exitCode();
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getColorScheme().errorText("error: ") + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCodes.USER_ERROR;
  }

  static CliException translate(Exception ex) {
    if (ex instanceof CliException cli) {
      return cli;
    }
    if (ex instanceof KubernetesClientException kce) {
      return ApiErrors.toCli(kce, null);
    }
    String message = ex.getMessage() == null ? ex.getClass().getName() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
    return CliException.cluster("Unexpected failure: " + message + " (set AO_DEBUG=1 for the stack trace).");
  }
}
