package dev.ao.api.schema;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An estimate of a rule's worst-case cost in the units the API server budgets CEL in, following cel-go's
 * static cost estimator for the constructs rules commonly use: field selection and presence tests cost 1,
 * string comparisons and scans cost 0.1 per character of the bounded (maxLength) or, without a bound, the
 * largest possible string, and a macro such as {@code all}/{@code exists_one} costs its body once per element
 * of the bounded (maxItems/maxProperties) or largest possible collection.
 *
 * <p>The API server refuses a CRD whose rule estimate exceeds {@value #PER_CALL_LIMIT}, or whose estimates,
 * each multiplied by how many times the rule can run in one object, sum to more than
 * {@value #PER_CRD_LIMIT}. The numbers here are approximations of cel-go's, good enough to tell "bounded and
 * small" from "unbounded": a missing maxLength on a string compared inside a nested loop is the typical
 * reason a real API server refuses a CRD, and that shows here by orders of magnitude.
 */
final class CelCostEstimator {
  static final long PER_CALL_LIMIT = 1_000_000L;
  static final long PER_CRD_LIMIT = 100_000_000L;

  /** The API server's request size limit, from which it derives the size of unbounded strings and lists. */
  private static final long MAX_REQUEST_BYTES = 3L * 1024 * 1024;
  private static final double STRING_TRAVERSAL_FACTOR = 0.1;

  /** What is known about a sub-expression: its cost, and the largest size (characters, items) it can have. */
  private record Estimate(double cost, long size, SchemaNode schema) {}

  private final Map<String, SchemaNode> variables = new HashMap<>();

  private CelCostEstimator(SchemaNode self) {
    variables.put("self", self);
    variables.put("oldSelf", self);
  }

  /** The worst-case cost of one evaluation of {@code rule} on a value of {@code self}. */
  static double estimate(CelExpr rule, SchemaNode self) {
    return new CelCostEstimator(self).expr(rule).cost();
  }

  /** How many elements a collection (or characters a string) of this schema can have at most. */
  static long maxSize(SchemaNode schema) {
    if (schema == null) {
      return MAX_REQUEST_BYTES;
    }
    Long bound = switch (schema.type() == null ? "" : schema.type()) {
      case "string" -> schema.enumValues().isEmpty() ? schema.maxLength() : longestEnum(schema);
      case "array" -> schema.maxItems();
      case "object" -> schema.maxProperties();
      default -> 1L;
    };
    if (bound != null) {
      return bound;
    }
    // Unbounded: as many of the smallest possible elements as fit into one request, as the API server assumes.
    long smallest = switch (schema.type() == null ? "" : schema.type()) {
      case "array" -> minSerializedSize(schema.items()) + 1;
      case "object" -> 4 + minSerializedSize(schema.additionalProperties());
      default -> 1;
    };
    return (MAX_REQUEST_BYTES - 2) / smallest;
  }

  private Estimate expr(CelExpr e) {
    return switch (e.exprKind().getKind()) {
      case CONSTANT -> constant(e.constant());
      case IDENT -> {
        SchemaNode schema = variables.get(e.ident().name());
        yield new Estimate(1, schema == null ? 1 : maxSize(schema), schema);
      }
      case SELECT -> select(e.select());
      case CALL -> call(e.call());
      case LIST -> {
        double cost = 10;
        for (CelExpr element : e.list().elements()) {
          cost += expr(element).cost();
        }
        yield new Estimate(cost, e.list().elements().size(), null);
      }
      case COMPREHENSION -> comprehension(e.comprehension());
      default -> new Estimate(1, 1, null);
    };
  }

  private static Estimate constant(CelConstant c) {
    long size = c.getKind() == CelConstant.Kind.STRING_VALUE ? c.stringValue().length() : 1;
    return new Estimate(0, size, null);
  }

  private Estimate select(CelExpr.CelSelect select) {
    Estimate operand = expr(select.operand());
    SchemaNode child = child(operand.schema(), select.field());
    return new Estimate(operand.cost() + 1, select.testOnly() ? 1 : maxSize(child), child);
  }

  private Estimate call(CelExpr.CelCall call) {
    double argCost = 0;
    List<Estimate> args = new java.util.ArrayList<>();
    if (call.target().isPresent()) {
      args.add(expr(call.target().get()));
    }
    for (CelExpr arg : call.args()) {
      args.add(expr(arg));
    }
    for (Estimate a : args) {
      argCost += a.cost();
    }
    String f = call.function();
    return switch (f) {
      case "_&&_", "_||_", "!_", "_?_:_", "@not_strictly_false", "not_strictly_false" -> new Estimate(argCost, 1, null);
      case "_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_" ->
          new Estimate(argCost + traversal(Math.min(args.get(0).size(), args.get(1).size())), 1, null);
      // contains scans the receiver; startsWith/endsWith only compare as many characters as the argument has.
      case "contains" -> new Estimate(argCost + traversal(args.get(0).size()), 1, null);
      case "startsWith", "endsWith" -> new Estimate(argCost + traversal(args.get(1).size()), 1, null);
      case "matches" -> new Estimate(argCost + traversal(args.get(0).size()) * Math.max(1, args.get(1).size()), 1, null);
      case "@in" -> new Estimate(
          argCost + args.get(1).size() * traversal(Math.min(args.get(0).size(), largestLiteral(call.args().get(1)))), 1, null);
      case "_+_" -> new Estimate(argCost + traversal(args.get(0).size() + args.get(1).size()), args.get(0).size() + args.get(1).size(), null);
      case "_[_]" -> {
        SchemaNode element = element(args.get(0).schema());
        yield new Estimate(argCost + 1, maxSize(element), element);
      }
      case "size" -> new Estimate(argCost + 1, 1, null);
      default -> {
        long largest = args.stream().mapToLong(Estimate::size).max().orElse(1);
        yield new Estimate(argCost + 1 + traversal(largest), largest, null);
      }
    };
  }

  private Estimate comprehension(CelExpr.CelComprehension c) {
    Estimate range = expr(c.iterRange());
    Estimate init = expr(c.accuInit());
    variables.put(c.iterVar(), element(range.schema()));
    double perIteration = expr(c.loopCondition()).cost() + expr(c.loopStep()).cost();
    variables.remove(c.iterVar());
    Estimate result = expr(c.result());
    return new Estimate(range.cost() + init.cost() + range.size() * perIteration + result.cost(), range.size(), null);
  }

  /** The schema of what iterating or indexing a value yields: list items, or a map's keys (strings). */
  private static SchemaNode element(SchemaNode collection) {
    if (collection == null) {
      return null;
    }
    if ("array".equals(collection.type())) {
      return collection.items();
    }
    return null;
  }

  private static SchemaNode child(SchemaNode object, String celField) {
    if (object == null) {
      return null;
    }
    for (Map.Entry<String, SchemaNode> p : object.properties().entrySet()) {
      if (CelPropertyNames.escape(p.getKey()).map(celField::equals).orElse(false)) {
        return p.getValue();
      }
    }
    return object.additionalProperties();
  }

  /** The longest string in a list literal; unknown (any size) for other lists. */
  private static long largestLiteral(CelExpr list) {
    if (list.exprKind().getKind() != CelExpr.ExprKind.Kind.LIST) {
      return MAX_REQUEST_BYTES;
    }
    return list.list().elements().stream()
        .mapToLong(e -> e.exprKind().getKind() == CelExpr.ExprKind.Kind.CONSTANT ? constant(e.constant()).size() : MAX_REQUEST_BYTES)
        .max()
        .orElse(0);
  }

  private static double traversal(long characters) {
    return Math.ceil(characters * STRING_TRAVERSAL_FACTOR);
  }

  private static Long longestEnum(SchemaNode schema) {
    return schema.enumValues().stream().mapToLong(v -> v.asText().length()).max().orElse(1);
  }

  private static long minSerializedSize(SchemaNode schema) {
    if (schema == null || schema.type() == null) {
      return 1;
    }
    return switch (schema.type()) {
      case "string", "object", "array" -> 2;
      case "boolean" -> 4;
      default -> 1;
    };
  }
}
