package dev.ao.operator.notify;

import dev.ao.api.v1alpha1.project.Priority;

/** Something people should hear about one Session. */
public record Notification(
    String namespace, String project, String session, String key, Priority priority, String title, String text, String prUrl, String phase) {}
