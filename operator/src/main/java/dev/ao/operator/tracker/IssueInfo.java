package dev.ao.operator.tracker;

import java.util.List;

/** A tracker issue as the prompt and the lifecycle need it. */
public record IssueInfo(String id, String title, String body, List<String> labels, String url, boolean completed) {}
