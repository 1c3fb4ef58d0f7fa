package dev.ao.api.schema;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.types.CelType;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.extensions.CelOptionalLibrary;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles the {@code x-kubernetes-validations} of schema nodes into CEL programs, type-checked against the
 * schema as the API server does when a CRD is created ({@code self} and {@code oldSelf} have the node's type, the
 * rule must return bool, a messageExpression must return string, a fieldPath must name a field).
 *
 * <p>The environment has CEL's standard functions and macros plus the extension libraries Kubernetes also
 * enables (strings, sets, optionals, partial-match {@code matches}); Kubernetes-only libraries (quantity, url,
 * ip/cidr, lists, regex find) are not available here, so a rule using them is reported as not compiling.
 */
final class CelRuleCompiler {
  private static final CelOptions OPTIONS =
      CelOptions.current()
          .enableRegexPartialMatch(true)
          .enableOptionalSyntax(true)
          .enableHeterogeneousNumericComparisons(true)
          .build();

  private final CelTypes types = new CelTypes();
  private final Map<JsonIdentity, List<CompiledRule>> cache = new java.util.HashMap<>();

  /** The node's rules, compiled; {@code typeName} identifies the node (its schema path) in type errors. */
  List<CompiledRule> compile(SchemaNode node, String typeName) {
    return cache.computeIfAbsent(new JsonIdentity(node), k -> compileAll(node, typeName));
  }

  private List<CompiledRule> compileAll(SchemaNode node, String typeName) {
    List<CelRule> rules = node.validations();
    if (rules.isEmpty()) {
      return List.of();
    }
    CelType selfType = types.typeOf(node, typeName);
    List<CompiledRule> out = new ArrayList<>();
    for (CelRule rule : rules) {
      out.add(compileOne(node, rule, selfType));
    }
    return out;
  }

  private CompiledRule compileOne(SchemaNode node, CelRule rule, CelType selfType) {
    if (rule.rule() == null || rule.rule().isBlank()) {
      return CompiledRule.failed(rule, "rule is not specified");
    }
    RuleFieldPath fieldPath = null;
    if (rule.fieldPath() != null && !rule.fieldPath().isEmpty()) {
      try {
        fieldPath = RuleFieldPath.resolve(rule.fieldPath(), node);
      } catch (IllegalArgumentException e) {
        return CompiledRule.failed(rule, "fieldPath: " + e.getMessage());
      }
    }
    CelType oldSelfType = rule.optionalOldSelf() ? OptionalType.create(selfType) : selfType;
    Cel cel = environment(selfType, oldSelfType, SimpleType.BOOL);
    try {
      CelAbstractSyntaxTree ast = cel.compile(rule.rule()).getAst();
      boolean usesOldSelf = references(ast, "oldSelf");
      if (rule.optionalOldSelf() && !usesOldSelf) {
        return CompiledRule.failed(rule, "optionalOldSelf may only be set for transition rules (rules that use oldSelf)");
      }
      var program = cel.createProgram(ast);
      var messageProgram = rule.messageExpression() == null ? null : compileMessage(rule, selfType, oldSelfType);
      return new CompiledRule(rule, ast, program, messageProgram, usesOldSelf, fieldPath, null);
    } catch (CelValidationException e) {
      return CompiledRule.failed(rule, "compilation failed: " + e.getMessage());
    } catch (MessageCompileException e) {
      return CompiledRule.failed(rule, "messageExpression compilation failed: " + e.getMessage());
    } catch (CelEvaluationException e) {
      return CompiledRule.failed(rule, "program construction failed: " + e.getMessage());
    }
  }

  private dev.cel.runtime.CelRuntime.Program compileMessage(CelRule rule, CelType selfType, CelType oldSelfType)
      throws MessageCompileException {
    Cel cel = environment(selfType, oldSelfType, SimpleType.STRING);
    try {
      CelAbstractSyntaxTree ast = cel.compile(rule.messageExpression()).getAst();
      if (references(ast, "oldSelf")) {
        throw new MessageCompileException("messageExpression may not reference oldSelf");
      }
      return cel.createProgram(ast);
    } catch (CelValidationException | CelEvaluationException e) {
      throw new MessageCompileException(e.getMessage());
    }
  }

  private Cel environment(CelType selfType, CelType oldSelfType, CelType resultType) {
    return CelFactory.standardCelBuilder()
        .setOptions(OPTIONS)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .setTypeProvider(types)
        .addCompilerLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelOptionalLibrary.INSTANCE)
        .addRuntimeLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelOptionalLibrary.INSTANCE)
        .addVar("self", selfType)
        .addVar("oldSelf", oldSelfType)
        .setResultType(resultType)
        .build();
  }

  private static boolean references(CelAbstractSyntaxTree ast, String identifier) {
    return CelNavigableAst.fromAst(ast)
        .getRoot()
        .allNodes()
        .anyMatch(n -> n.getKind() == CelExpr.ExprKind.Kind.IDENT && n.expr().ident().name().equals(identifier));
  }

  /** Schema nodes are compared by identity: two equal-looking nodes at different paths are different nodes. */
  private record JsonIdentity(Object node) {
    JsonIdentity(SchemaNode node) {
      this((Object) node.raw());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof JsonIdentity other && other.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
  }

  private static final class MessageCompileException extends Exception {
    MessageCompileException(String message) {
      super(message);
    }
  }
}
