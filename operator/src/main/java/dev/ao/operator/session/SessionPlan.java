package dev.ao.operator.session;

import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.operator.agent.ResolvedAgent;
import java.util.List;

/**
 * Everything the desired-state factories need for one Session, resolved from the Session, its
 * Project and operator settings. Values only: no client, no context.
 */
public record SessionPlan(
    Session session,
    String branch,
    String prompt,
    ResolvedAgent agent,
    String repoUrl,
    String baseBranch,
    SecretKeyRef gitTokenSecret,
    String authorName,
    String authorEmail,
    List<String> setupCommands,
    String workspaceSize,
    String storageClassName,
    int runnerPort,
    int exitLingerSeconds) {

  public String name() {
    return session.getMetadata().getName();
  }

  public String namespace() {
    return session.getMetadata().getNamespace();
  }
}
