package dev.ao.cli.init;

import dev.ao.cli.support.Environment;
import java.util.List;
import java.util.Optional;

/**
 * The environment variables that carry credentials `ao init` can use. Only their names are read
 * here; values are read only by {@code --apply} to create a missing Secret, and never printed.
 */
public final class Credentials {
  /** An agent API key: the variable, the key it gets in the agent-keys Secret, the agent it suggests. */
  public record AgentKey(String envVar, String secretKey, String profile) {}

  public static final List<AgentKey> AGENT_KEYS = List.of(
      new AgentKey("ANTHROPIC_API_KEY", "anthropic-api-key", "claude-code"),
      new AgentKey("OPENAI_API_KEY", "openai-api-key", "codex"));
  public static final List<String> GITHUB_TOKENS = List.of("GITHUB_TOKEN", "GH_TOKEN");
  public static final List<String> PROFILES = List.of("claude-code", "codex", "aider", "opencode");

  private Credentials() {}

  public static List<AgentKey> agentKeysIn(Environment env) {
    return AGENT_KEYS.stream().filter(k -> env.get(k.envVar()).isPresent()).toList();
  }

  public static Optional<String> githubTokenIn(Environment env) {
    return GITHUB_TOKENS.stream().filter(v -> env.get(v).isPresent()).findFirst();
  }

  /** The agent to suggest: the first whose key is set, else claude-code. */
  public static String suggestedAgent(List<AgentKey> present) {
    return present.isEmpty() ? "claude-code" : present.get(0).profile();
  }

  /** The keys an agent needs: claude-code Anthropic, codex OpenAI, aider/opencode whichever are set (Anthropic if none). */
  public static List<AgentKey> keysFor(String profile, List<AgentKey> present) {
    return switch (profile) {
      case "claude-code" -> List.of(AGENT_KEYS.get(0));
      case "codex" -> List.of(AGENT_KEYS.get(1));
      default -> present.isEmpty() ? List.of(AGENT_KEYS.get(0)) : present;
    };
  }
}
