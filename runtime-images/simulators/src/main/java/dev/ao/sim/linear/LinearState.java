package dev.ao.sim.linear;

/**
 * A workflow state. Its {@code type} is what integrations read: {@code completed} and {@code canceled} mean the
 * issue is done.
 */
public record LinearState(String id, String name, String type, String color, double position) {

  public boolean isDone() {
    return type.equals("completed") || type.equals("canceled");
  }
}
