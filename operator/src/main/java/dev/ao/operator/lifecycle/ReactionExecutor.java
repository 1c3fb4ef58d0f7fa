package dev.ao.operator.lifecycle;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.api.v1alpha1.session.ReactionState;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.notify.Notification;
import dev.ao.operator.notify.NotificationRouter;
import dev.ao.operator.reaction.ReactionAction;
import dev.ao.operator.reaction.ReactionPolicy;
import dev.ao.operator.runner.RunnerClient;
import dev.ao.operator.scm.ScmClient;
import dev.ao.operator.scm.ScmException;
import dev.ao.operator.scm.ScmTarget;
import java.util.function.BiConsumer;

/** Runs a reaction plan's actions and records each outcome in the reaction's state. */
public class ReactionExecutor {
  private final MessageDelivery messages;
  private final NotificationRouter notifications;
  private volatile BiConsumer<String, String> fired = (key, outcome) -> {};

  public ReactionExecutor(MessageDelivery messages, NotificationRouter notifications) {
    this.messages = messages;
    this.notifications = notifications;
  }

  /** Called with (reaction key, outcome: sent|notified|merged|failed|escalated), for metrics. */
  public void onFired(BiConsumer<String, String> fired) {
    this.fired = fired;
  }

  /** What an action may need: where the agent listens, where the PR lives. */
  public record Target(Session session, Project project, RunnerClient.Endpoint runner, ScmClient scm, ScmTarget repo, String prUrl) {}

  public void execute(ReactionPolicy.Plan plan, Target t, SessionStatus status) {
    for (ReactionAction action : plan.actions()) {
      ReactionState state = plan.states().get(action.key());
      if (action instanceof ReactionAction.SendToAgent send) {
        if (t.runner() == null) {
          record(state, false, "the agent's runner is not reachable");
          fired.accept(action.key(), "failed");
          continue;
        }
        RunnerClient.Delivery d = messages.deliver(t.runner(), status, send.messageId(), send.text());
        record(state, d.delivered(), d.error());
        fired.accept(action.key(), d.delivered() ? "sent" : "failed");
      } else if (action instanceof ReactionAction.Notify n) {
        notifications.route(t.session(), t.project(), new Notification(t.session().getMetadata().getNamespace(), t.project().getMetadata().getName(),
            t.session().getMetadata().getName(), n.key(), n.priority(), n.title(), n.text(), t.prUrl(),
            status.phase == null ? null : status.phase.name()));
        fired.accept(n.key(), n.escalation() ? "escalated" : "notified");
        if (!n.escalation() && state != null && Boolean.TRUE.equals(state.pending) && !isCompanionOfMerge(plan, n)) {
          ReactionPolicy.recordOutcome(state, true, null);
        }
      } else if (action instanceof ReactionAction.Merge m) {
        String error = merge(t, m);
        record(state, error == null, error);
        fired.accept(action.key(), error == null ? "merged" : "failed");
      }
    }
  }

  private static boolean isCompanionOfMerge(ReactionPolicy.Plan plan, ReactionAction.Notify n) {
    return plan.actions().stream().anyMatch(a -> a instanceof ReactionAction.Merge && a.key().equals(n.key()));
  }

  private String merge(Target t, ReactionAction.Merge m) {
    if (t.scm() == null || t.repo() == null) {
      return "no SCM configured for the Project";
    }
    ScmSpec scm = t.project().getSpec().scm;
    ScmSpec.MergeMethod method = scm != null && scm.github != null && scm.github.mergeMethod != null ? scm.github.mergeMethod : ScmSpec.MergeMethod.SQUASH;
    try {
      ScmClient.MergeResult r = t.scm().merge(t.repo(), m.number(), m.headSha(), method);
      return r.merged() || r.queued() ? null : "merge refused: " + r.message();
    } catch (ScmException e) {
      return "merge failed: " + e.getMessage();
    }
  }

  private static void record(ReactionState state, boolean ok, String error) {
    if (state != null) {
      ReactionPolicy.recordOutcome(state, ok, error);
    }
  }

}
