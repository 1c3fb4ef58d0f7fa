package dev.ao.sim.linear;

/** A Linear workspace member (the owner of an API key). */
public record LinearUser(String id, String name, String email) {

  public String displayName() {
    return name;
  }
}
