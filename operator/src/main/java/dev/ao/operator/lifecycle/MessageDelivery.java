package dev.ao.operator.lifecycle;

import dev.ao.api.v1alpha1.session.DeliveredMessage;
import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.operator.runner.RunnerClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Delivers messages through the runner, one at a time and in order, and records each confirmed
 * delivery in status. Ids make it exactly-once: an id in status is never sent again, and the
 * runner itself ignores an id it already delivered (a crash between delivery and status write).
 */
public class MessageDelivery {
  static final int KEEP_OTHER_IDS = 100;
  private final RunnerClient runner;

  public MessageDelivery(RunnerClient runner) {
    this.runner = runner;
  }

  /** Delivers every undelivered spec.messages entry in order; stops at the first failure and returns it. */
  public String deliverPending(Session session, RunnerClient.Endpoint endpoint, SessionStatus status) {
    List<Message> messages = session.getSpec().messages == null ? List.of() : session.getSpec().messages;
    for (Message m : messages) {
      if (delivered(status, m.id)) {
        continue;
      }
      if (endpoint == null) {
        return "the agent's runner is not reachable yet";
      }
      RunnerClient.Delivery d = deliver(endpoint, status, m.id, m.text);
      if (!d.delivered()) {
        return "message " + m.id + " not delivered: " + d.error();
      }
    }
    prune(session, status);
    return null;
  }

  public RunnerClient.Delivery deliver(RunnerClient.Endpoint endpoint, SessionStatus status, String id, String text) {
    if (delivered(status, id)) {
      return new RunnerClient.Delivery(true, null, null);
    }
    RunnerClient.Delivery d = runner.deliver(endpoint, id, text);
    if (d.delivered()) {
      status.deliveredMessages.add(new DeliveredMessage(id, d.deliveredAt()));
    }
    return d;
  }

  public static boolean delivered(SessionStatus status, String id) {
    return status.deliveredMessages.stream().anyMatch(d -> id.equals(d.id));
  }

  /** Keeps ids still in spec (they must never be re-sent) plus the newest others, so status stays bounded. */
  static void prune(Session session, SessionStatus status) {
    Set<String> inSpec = new HashSet<>();
    if (session.getSpec().messages != null) {
      session.getSpec().messages.forEach(m -> inSpec.add(m.id));
    }
    List<DeliveredMessage> others = status.deliveredMessages.stream().filter(d -> !inSpec.contains(d.id)).toList();
    if (others.size() <= KEEP_OTHER_IDS) {
      return;
    }
    Set<DeliveredMessage> drop = new HashSet<>(others.subList(0, others.size() - KEEP_OTHER_IDS));
    status.deliveredMessages = new ArrayList<>(status.deliveredMessages.stream().filter(d -> !drop.contains(d)).toList());
  }
}
