package dev.ao.api.schema;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelRuntime;

/**
 * A rule ready to evaluate, or the reason it could not be compiled.
 *
 * @param rule the rule as written
 * @param ast the checked rule, for the cost estimate; null when {@code compileError} is set
 * @param program the compiled rule, null when {@code compileError} is set
 * @param messageProgram the compiled messageExpression, or null
 * @param usesOldSelf whether the rule is a transition rule (only evaluated on update, against the stored value)
 * @param fieldPath where errors point, relative to the node; null for the node itself
 * @param compileError the API server's reason for refusing the rule, or null
 */
record CompiledRule(
    CelRule rule,
    CelAbstractSyntaxTree ast,
    CelRuntime.Program program,
    CelRuntime.Program messageProgram,
    boolean usesOldSelf,
    RuleFieldPath fieldPath,
    String compileError) {

  static CompiledRule failed(CelRule rule, String error) {
    return new CompiledRule(rule, null, null, null, false, null, error);
  }
}
