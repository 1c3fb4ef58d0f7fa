package dev.ao.runner.workspace;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.runner.Env;
import dev.ao.runner.RunnerFailure;
import java.nio.file.Path;
import java.util.List;

/** What the {@code workspace} subcommand reads from its environment. */
public record WorkspaceSettings(
    Path workspace,
    String repoUrl,
    String baseBranch,
    String branch,
    Path tokenFile,
    String username,
    String authorName,
    String authorEmail,
    List<String> setupCommands) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static WorkspaceSettings from(Env env) {
    return new WorkspaceSettings(
        env.workspace(),
        env.required("AO_REPO_URL"),
        env.get("AO_BASE_BRANCH", "main"),
        env.required("AO_BRANCH"),
        env.path("AO_GIT_TOKEN_FILE", "/var/run/ao/git/token"),
        env.get("AO_GIT_USERNAME", "x-access-token"),
        env.get("AO_GIT_AUTHOR_NAME", "Agent Orchestrator"),
        env.get("AO_GIT_AUTHOR_EMAIL", "agent@agent-orchestrator.invalid"),
        parseSetupCommands(env.get("AO_SETUP_COMMANDS", "[]")));
  }

  static List<String> parseSetupCommands(String json) {
    try {
      List<String> commands = JSON.readValue(json, new TypeReference<List<String>>() {});
      return commands == null ? List.of() : List.copyOf(commands);
    } catch (Exception e) {
      throw new RunnerFailure("AO_SETUP_COMMANDS must be a JSON array of strings");
    }
  }

  /** The clone URL without any user-info part, safe to show. */
  public String displayUrl() {
    return RepoUrls.withoutUserInfo(repoUrl);
  }
}
