package dev.ao.api.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects violations while a validator walks a resource. */
final class Violations {
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
    if (value != null && !Pattern.compile(regex).matcher(value).matches()) {
      add(field, "Invalid value \"" + value + "\": " + hint);
    }
  }

  void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "Too long: must have at most " + max + " characters");
    }
  }

  void maxItems(String field, Collection<?> items, int max) {
    if (items != null && items.size() > max) {
      add(field, "Too many: " + items.size() + ": must have at most " + max + " items");
    }
  }

  List<Violation> list() {
    return List.copyOf(list);
  }
}
