package dev.ao.cli.init;

import java.util.List;

/** What the Project manifest is made from: detected, then confirmed or changed by flags and prompts. */
public record InitAnswers(
    String name,
    String repoUrl,
    String defaultBranch,
    String agent,
    List<Credentials.AgentKey> agentKeys,
    String githubTokenEnv) {}
