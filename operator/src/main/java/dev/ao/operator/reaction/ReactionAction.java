package dev.ao.operator.reaction;

import dev.ao.api.v1alpha1.project.Priority;

/** Something a reaction asks the executor to do. */
public sealed interface ReactionAction {
  String key();

  /** Type a message into the agent's terminal; the id makes redelivery after a restart harmless. */
  record SendToAgent(String key, String messageId, String text) implements ReactionAction {}

  /** Tell people through the Project's notifiers (Kubernetes Events always). */
  record Notify(String key, Priority priority, String title, String text, boolean escalation) implements ReactionAction {}

  /** Merge the PR at the head the decision was made on. */
  record Merge(String key, int number, String headSha) implements ReactionAction {}
}
