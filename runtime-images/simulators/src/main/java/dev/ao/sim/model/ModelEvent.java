package dev.ao.sim.model;

/**
 * One change to the simulated world, time-stamped so a benchmark can measure how long the product took to notice it.
 *
 * @param seq position in the log, strictly increasing
 * @param epochMillis wall-clock time of the change
 * @param nanoTime {@link System#nanoTime()} at the change, comparable only within this JVM
 * @param type a GitHub-webhook-like name, e.g. {@code pull_request.opened}, {@code check_run.completed}
 * @param repo owner/name, or null for global changes
 * @param number issue or PR number, or null
 * @param detail a short human-readable description (SHAs, states)
 */
public record ModelEvent(
    long seq, long epochMillis, long nanoTime, String type, String repo, Integer number, String detail) {}
