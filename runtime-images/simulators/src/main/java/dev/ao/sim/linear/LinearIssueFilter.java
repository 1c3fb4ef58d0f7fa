package dev.ao.sim.linear;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates Linear's {@code IssueFilter} (the comparators {@code eq}, {@code neq}, {@code in}, {@code nin},
 * {@code contains}, {@code containsIgnoreCase}, {@code eqIgnoreCase}, numeric {@code gt}/{@code gte}/{@code lt}/
 * {@code lte}; nested {@code team}, {@code state}, {@code labels} with {@code some}/{@code every}; {@code and} and
 * {@code or}) against an issue.
 */
final class LinearIssueFilter {

  private LinearIssueFilter() {}

  @SuppressWarnings("unchecked")
  static boolean matches(LinearIssue issue, Map<String, Object> filter) {
    if (filter == null) {
      return true;
    }
    for (Map.Entry<String, Object> clause : filter.entrySet()) {
      Object value = clause.getValue();
      boolean ok = switch (clause.getKey()) {
        case "and" -> ((List<Map<String, Object>>) value).stream().allMatch(f -> matches(issue, f));
        case "or" -> ((List<Map<String, Object>>) value).stream().anyMatch(f -> matches(issue, f));
        case "id" -> compare(issue.id(), map(value));
        case "title" -> compare(issue.title(), map(value));
        case "number" -> compareNumber(issue.number(), map(value));
        case "team" -> compareAll(map(value), Map.of(
            "id", issue.team().id(), "key", issue.team().key(), "name", issue.team().name()));
        case "state" -> compareAll(map(value), Map.of(
            "id", issue.state().id(), "name", issue.state().name(), "type", issue.state().type()));
        case "labels" -> labels(issue.labelList(), map(value));
        default -> throw new LinearException("Unsupported filter field: " + clause.getKey(),
            "The simulator does not support filtering on " + clause.getKey() + ".");
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean labels(List<LinearLabel> labels, Map<String, Object> filter) {
    for (Map.Entry<String, Object> clause : filter.entrySet()) {
      Map<String, Object> inner = map(clause.getValue());
      boolean ok = switch (clause.getKey()) {
        case "some" -> labels.stream().anyMatch(l -> label(l, inner));
        case "every" -> labels.stream().allMatch(l -> label(l, inner));
        // A comparator directly on the collection means "some label matches", as Linear treats it.
        case "name" -> labels.stream().anyMatch(l -> compare(l.name(), inner));
        case "id" -> labels.stream().anyMatch(l -> compare(l.id(), inner));
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean label(LinearLabel label, Map<String, Object> filter) {
    return compareAll(filter, Map.of("id", label.id(), "name", label.name()));
  }

  private static boolean compareAll(Map<String, Object> filter, Map<String, String> fields) {
    for (Map.Entry<String, Object> clause : filter.entrySet()) {
      String actual = fields.get(clause.getKey());
      if (actual == null || !compare(actual, map(clause.getValue()))) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static boolean compare(String actual, Map<String, Object> comparator) {
    for (Map.Entry<String, Object> op : comparator.entrySet()) {
      Object expected = op.getValue();
      boolean ok = switch (op.getKey()) {
        case "eq" -> actual.equals(expected);
        case "neq" -> !actual.equals(expected);
        case "eqIgnoreCase" -> actual.equalsIgnoreCase(String.valueOf(expected));
        case "in" -> ((List<Object>) expected).contains(actual);
        case "nin" -> !((List<Object>) expected).contains(actual);
        case "contains" -> actual.contains(String.valueOf(expected));
        case "containsIgnoreCase" -> actual.toLowerCase(Locale.ROOT)
            .contains(String.valueOf(expected).toLowerCase(Locale.ROOT));
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static boolean compareNumber(double actual, Map<String, Object> comparator) {
    for (Map.Entry<String, Object> op : comparator.entrySet()) {
      Object expected = op.getValue();
      boolean ok = switch (op.getKey()) {
        case "eq" -> actual == number(expected);
        case "neq" -> actual != number(expected);
        case "gt" -> actual > number(expected);
        case "gte" -> actual >= number(expected);
        case "lt" -> actual < number(expected);
        case "lte" -> actual <= number(expected);
        case "in" -> ((List<Object>) expected).stream().anyMatch(e -> number(e) == actual);
        case "nin" -> ((List<Object>) expected).stream().noneMatch(e -> number(e) == actual);
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
