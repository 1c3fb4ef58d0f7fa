package dev.ao.api.crd;

import dev.ao.api.schema.CelRule;
import dev.ao.api.schema.SchemaNode;
import java.util.ArrayList;
import java.util.List;

/** How one schema node reads in the reference: its type and its constraints in plain words. */
final class SchemaDoc {
  private SchemaDoc() {}

  static String type(SchemaNode s) {
    if (s.intOrString()) {
      return "int or string";
    }
    String t = s.type() == null ? "any" : s.type();
    return switch (t) {
      case "array" -> "list of " + (s.items() == null ? "any" : type(s.items()));
      case "object" -> s.properties().isEmpty() && s.additionalProperties() != null
          ? "map of string to " + type(s.additionalProperties())
          : "object";
      default -> t;
    };
  }

  /** How nested tables name the values of a list ({@code []}) or map ({@code [key]}). */
  static String suffix(SchemaNode s) {
    if ("array".equals(s.type()) && s.items() != null) {
      return "[]" + suffix(s.items());
    }
    if (s.properties().isEmpty() && s.additionalProperties() != null) {
      return "[key]" + suffix(s.additionalProperties());
    }
    return "";
  }

  /** Constraints of the field and, for lists and maps, of their items and values. */
  static List<String> constraints(SchemaNode s) {
    List<String> out = new ArrayList<>(own(s));
    if ("array".equals(s.type()) && s.items() != null && isScalar(s.items())) {
      own(s.items()).forEach(c -> out.add("each item: " + c));
    }
    if (s.additionalProperties() != null && isScalar(s.additionalProperties())) {
      own(s.additionalProperties()).forEach(c -> out.add("each value: " + c));
    }
    return out;
  }

  /** Rules on an object that are not about one of its fields: shown above the object's table. */
  static List<String> objectRules(SchemaNode object) {
    List<String> out = new ArrayList<>();
    for (CelRule rule : object.validations()) {
      out.add(ruleText(rule));
    }
    return out;
  }

  private static List<String> own(SchemaNode s) {
    List<String> out = new ArrayList<>();
    if (!s.enumValues().isEmpty()) {
      List<String> values = new ArrayList<>();
      s.enumValues().forEach(v -> values.add("`" + (v.isTextual() ? v.asText() : v.toString()) + "`"));
      out.add("one of " + String.join(", ", values));
    }
    if (s.pattern() != null) {
      out.add("pattern `" + s.pattern() + "`");
    }
    range(out, "length", s.minLength(), s.maxLength(), "characters");
    range(out, "items", s.minItems(), s.maxItems(), "items");
    range(out, "entries", s.minProperties(), s.maxProperties(), "entries");
    if (s.minimum() != null || s.maximum() != null) {
      String min = s.minimum() == null ? null : s.minimum().stripTrailingZeros().toPlainString();
      String max = s.maximum() == null ? null : s.maximum().stripTrailingZeros().toPlainString();
      out.add(min != null && max != null ? min + " to " + max : min != null ? "at least " + min : "at most " + max);
    }
    // Rules of an object with fields are listed above that object's own table instead.
    if (s.properties().isEmpty()) {
      for (CelRule rule : s.validations()) {
        out.add("rule: " + ruleText(rule));
      }
    }
    return out;
  }

  private static String ruleText(CelRule rule) {
    String text = rule.message() != null ? rule.message() : "must satisfy `" + rule.rule() + "`";
    if (rule.fieldPath() != null) {
      text += " (reported at `" + rule.fieldPath().replaceFirst("^\\.", "") + "`)";
    }
    return rule.rule().contains("oldSelf") ? text + " (checked on update)" : text;
  }

  private static void range(List<String> out, String what, Long min, Long max, String unit) {
    if (min != null && max != null) {
      out.add(min + " to " + max + " " + unit);
    } else if (max != null) {
      out.add("at most " + max + " " + unit);
    } else if (min != null) {
      out.add("at least " + min + " " + unit);
    }
  }

  private static boolean isScalar(SchemaNode s) {
    return !"object".equals(s.type()) && !"array".equals(s.type());
  }
}
