package dev.ao.sim.linear;

import java.util.List;
import java.util.Map;

/** A team: its key prefixes identifiers ("ENG-123"); it owns a workflow. */
public record LinearTeam(String id, String key, String name, List<LinearState> workflow) {

  /** The workflow every new team gets, matching Linear's defaults. */
  static List<Map.Entry<String, String>> defaultWorkflow() {
    return List.of(
        Map.entry("Backlog", "backlog"),
        Map.entry("Todo", "unstarted"),
        Map.entry("In Progress", "started"),
        Map.entry("In Review", "started"),
        Map.entry("Done", "completed"),
        Map.entry("Canceled", "canceled"));
  }

  public LinearState state(String nameOrId) {
    return workflow.stream()
        .filter(s -> s.name().equalsIgnoreCase(nameOrId) || s.id().equals(nameOrId))
        .findFirst()
        .orElseThrow(() -> new LinearException("Entity not found: WorkflowState", "Could not find referenced State."));
  }

  /** GraphQL's {@code states} connection. */
  public Map<String, Object> states() {
    return Map.of("nodes", workflow);
  }
}
