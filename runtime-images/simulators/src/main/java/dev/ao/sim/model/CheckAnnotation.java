package dev.ao.sim.model;

/**
 * A check-run annotation as the Checks API stores it.
 *
 * @param level notice, warning or failure
 */
public record CheckAnnotation(
    String path, int startLine, int endLine, String level, String message, String title, String rawDetails) {}
