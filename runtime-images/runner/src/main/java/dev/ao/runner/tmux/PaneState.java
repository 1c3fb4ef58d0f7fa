package dev.ao.runner.tmux;

/** Whether the agent's pane still runs its process, and the exit status tmux saw if not. */
public record PaneState(boolean dead, Integer exitStatus) {}
