package dev.ao.sim.linear;

/** An issue label of the workspace. */
public record LinearLabel(String id, String name, String color) {}
