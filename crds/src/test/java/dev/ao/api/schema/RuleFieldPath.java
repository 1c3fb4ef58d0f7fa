package dev.ao.api.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A CEL rule's {@code fieldPath} (e.g. {@code .linear} or {@code .labels['team']}) resolved against the schema
 * node the rule sits on. The API server rejects a CRD whose fieldPath does not name a field of the schema, and
 * reports a failed rule at the resolved path instead of the node's own.
 */
public record RuleFieldPath(List<Segment> segments, SchemaNode target) {

  /** One step: a property name, or a key of a map ({@code additionalProperties}). */
  public record Segment(String name, boolean mapKey) {}

  /**
   * @throws IllegalArgumentException with the API server's wording when the path is malformed or names no field
   */
  public static RuleFieldPath resolve(String jsonPath, SchemaNode schema) {
    List<Segment> segments = new ArrayList<>();
    SchemaNode at = schema;
    int i = 0;
    while (i < jsonPath.length()) {
      char c = jsonPath.charAt(i);
      String name;
      if (c == '.') {
        int end = i + 1;
        while (end < jsonPath.length() && jsonPath.charAt(end) != '.' && jsonPath.charAt(end) != '[') {
          end++;
        }
        if (end == i + 1) {
          throw new IllegalArgumentException("unexpected end of JSON path");
        }
        name = jsonPath.substring(i + 1, end);
        i = end;
      } else if (c == '[') {
        int close = closingQuote(jsonPath, i + 1);
        name = unescape(jsonPath.substring(i + 2, close));
        if (close + 1 >= jsonPath.length() || jsonPath.charAt(close + 1) != ']') {
          throw new IllegalArgumentException("expected ] after " + jsonPath.substring(i, close + 1));
        }
        i = close + 2;
      } else {
        throw new IllegalArgumentException("expected [ or . but got: " + jsonPath.substring(i));
      }
      if (!at.properties().isEmpty()) {
        SchemaNode next = at.properties().get(name);
        if (next == null) {
          throw new IllegalArgumentException("does not refer to a valid field");
        }
        segments.add(new Segment(name, false));
        at = next;
      } else if (at.additionalProperties() != null) {
        segments.add(new Segment(name, true));
        at = at.additionalProperties();
      } else {
        throw new IllegalArgumentException("does not refer to a valid field");
      }
    }
    return new RuleFieldPath(List.copyOf(segments), at);
  }

  private static int closingQuote(String path, int open) {
    if (open >= path.length() || path.charAt(open) != '\'') {
      throw new IllegalArgumentException("expected single quoted string after [");
    }
    for (int j = open + 1; j < path.length(); j++) {
      if (path.charAt(j) == '\\') {
        j++;
      } else if (path.charAt(j) == '\'') {
        return j;
      }
    }
    throw new IllegalArgumentException("unexpected end of JSON path");
  }

  private static String unescape(String quoted) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < quoted.length(); j++) {
      char ch = quoted.charAt(j);
      if (ch == '\\' && j + 1 < quoted.length()) {
        char next = quoted.charAt(++j);
        switch (next) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case '\'', '\\' -> b.append(next);
          default -> throw new IllegalArgumentException("invalid escape char \\" + next);
        }
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
