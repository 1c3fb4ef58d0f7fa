package dev.ao.cli.support;

/** The exit codes every command uses; scripts depend on them, so they never change meaning. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** What was typed is wrong: a bad flag, an invalid issue form or spec, an operation the object's state refuses. */
  public static final int USER_ERROR = 1;
  /** The cluster could not be used: no kubeconfig, unreachable, CRDs missing, an API error, a timeout. */
  public static final int CLUSTER_ERROR = 2;
  /** The named Session or Project does not exist. */
  public static final int NOT_FOUND = 3;

  private ExitCodes() {}
}
