package dev.ao.cli.session;

import dev.ao.api.validation.Violation;
import dev.ao.cli.support.CliException;
import java.util.List;

/** Refuses an object the operator would refuse, with the operator's own messages, before anything is sent. */
public final class ValidationErrors {
  private ValidationErrors() {}

  public static void check(String what, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw CliException.userError(
          what + " is invalid; nothing was created:", violations.stream().map(Violation::toString).toList());
    }
  }
}
