package dev.ao.api.validation;

/** The git ref rules of {@code Patterns.BRANCH_RULE}, in Java. */
public final class BranchRules {
  private BranchRules() {}

  public static boolean isValidRef(String branch) {
    return branch != null
        && !branch.isEmpty()
        && !branch.contains("..")
        && !branch.contains("//")
        && !branch.contains("/.")
        && !branch.endsWith("/")
        && !branch.endsWith(".")
        && !branch.endsWith(".lock");
  }
}
