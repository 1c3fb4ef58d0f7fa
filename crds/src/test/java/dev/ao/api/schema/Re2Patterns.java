package dev.ao.api.schema;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schema {@code pattern}s evaluated with RE2 semantics, as the API server (Go's regexp) does: no lookaround or
 * backreferences, and a match anywhere in the value counts (Go's {@code MatchString}), so patterns must anchor
 * themselves with ^ and $.
 */
final class Re2Patterns {
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Re2Patterns() {}

  /** Why the API server would refuse the pattern at CRD creation, or empty when RE2 accepts it. */
  static Optional<String> compileError(String pattern) {
    try {
      compile(pattern);
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      return Optional.of(e.getMessage());
    }
  }

  static boolean matches(String pattern, String value) {
    return compile(pattern).matcher(value).find();
  }

  private static Pattern compile(String pattern) {
    return COMPILED.computeIfAbsent(pattern, Pattern::compile);
  }
}
