package dev.ao.operator.project;

import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.operator.agent.ResolvedAgent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Pure: which of the agent profile's API-key variables the merged env does not set. */
final class ApiKeyEnv {
  private ApiKeyEnv() {}

  static List<String> missing(ResolvedAgent agent) {
    Set<String> set = agent.env().stream().map((EnvVarSpec e) -> e.name).collect(Collectors.toSet());
    List<String> wanted = agent.apiKeyEnv();
    // A profile listing several alternatives (e.g. aider: Anthropic or OpenAI) is satisfied by any one.
    if (wanted.stream().anyMatch(set::contains)) {
      return List.of();
    }
    return wanted;
  }
}
