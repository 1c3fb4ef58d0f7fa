package dev.ao.sim.git;

/**
 * One ref moved by a push, a seed commit or a merge.
 *
 * @param oldSha null when the ref was created
 * @param newSha null when the ref was deleted
 */
public record RefChange(String refName, String oldSha, String newSha) {

  private static final String HEADS = "refs/heads/";

  public boolean isBranch() {
    return refName.startsWith(HEADS);
  }

  public String branch() {
    return refName.substring(HEADS.length());
  }

  public boolean isDelete() {
    return newSha == null;
  }
}
