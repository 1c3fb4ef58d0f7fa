package dev.ao.api.schema;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a schema property name appears in CEL, by the API server's escaping rules: CEL keywords become
 * {@code __keyword__}, and {@code __ . - /} become {@code __underscores__ __dot__ __dash__ __slash__}. Names
 * that cannot be escaped are not visible to rules at all.
 */
final class CelPropertyNames {
  private static final Set<String> RESERVED =
      Set.of(
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import",
          "let", "loop", "package", "namespace", "return", "var", "void", "while");
  private static final Pattern ESCAPABLE = Pattern.compile("^[a-zA-Z_.\\-/][a-zA-Z0-9_.\\-/]*$");

  private CelPropertyNames() {}

  static Optional<String> escape(String name) {
    if (RESERVED.contains(name)) {
      return Optional.of("__" + name + "__");
    }
    if (!ESCAPABLE.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        name.replace("__", "__underscores__").replace(".", "__dot__").replace("-", "__dash__").replace("/", "__slash__"));
  }
}
