package dev.ao.sim.git;

/** A merge, squash or rebase could not be done without conflicts. */
public final class MergeConflictException extends Exception {

  public MergeConflictException(String message) {
    super(message);
  }
}
