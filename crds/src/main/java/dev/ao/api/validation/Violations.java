package dev.ao.api.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Collects violations while a validator walks a resource. Each check mirrors one OpenAPI keyword of the CRD
 * schema (required, pattern, maxLength, ...) and words its message like the API server's, plus how to fix it.
 */
final class Violations {
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private final List<Violation> list = new ArrayList<>();

  void add(String field, String message) {
    list.add(new Violation(field, message));
  }

  void required(String field, Object value, String hint) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add(field, "Required value: " + hint);
    }
  }

  void pattern(String field, String value, String regex, String hint) {
    if (value != null && !PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(value).matches()) {
      add(field, "Invalid value \"" + value + "\": " + hint);
    }
  }

  /** Characters, not bytes: the API server's validator counts characters too. */
  void maxLength(String field, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      add(field, "Too long: must have at most " + max + " characters");
    }
  }

  void minLength(String field, String value, int min) {
    if (value != null && value.codePointCount(0, value.length()) < min) {
      add(field, "Invalid value \"" + value + "\": must have at least " + min + " characters");
    }
  }

  void maxItems(String field, Collection<?> items, int max) {
    if (items != null && items.size() > max) {
      add(field, "Too many: " + items.size() + ": must have at most " + max + " items");
    }
  }

  void minItems(String field, Collection<?> items, int min) {
    if (items != null && items.size() < min) {
      add(field, "Invalid value: " + items.size() + " items: must have at least " + min);
    }
  }

  void maxEntries(String field, Map<?, ?> entries, int max) {
    if (entries != null && entries.size() > max) {
      add(field, "Too many: " + entries.size() + ": must have at most " + max + " entries");
    }
  }

  void range(String field, Integer value, int min, int max, String hint) {
    if (value != null && (value < min || value > max)) {
      add(field, "Invalid value: " + value + ": must be from " + min + " to " + max + " (" + hint + ")");
    }
  }

  List<Violation> list() {
    return List.copyOf(list);
  }
}
