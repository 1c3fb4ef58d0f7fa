package dev.ao.local.executor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Pure: the program an agent profile launches (argv[0] of AO_AGENT_PROFILE's command). */
final class AgentCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AgentCommand() {}

  static String of(String profileJson) {
    if (profileJson == null) {
      return null;
    }
    try {
      JsonNode command = JSON.readTree(profileJson).path("command");
      return command.isArray() && !command.isEmpty() ? command.get(0).asText() : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
