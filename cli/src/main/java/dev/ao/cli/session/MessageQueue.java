package dev.ao.cli.session;

import dev.ao.api.v1alpha1.session.DeliveredMessage;
import dev.ao.api.v1alpha1.session.Message;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionSpec;
import dev.ao.api.validation.SessionValidator;
import dev.ao.cli.kube.Sessions;
import dev.ao.cli.output.Serializer;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Appends to a Session's spec.messages with a JSON patch "add" to /spec/messages/-, so two senders
 * never overwrite each other. When the list is full, entries already delivered are removed in the
 * same patch, each guarded by a "test" of its id so a concurrent change makes the patch fail (and
 * retry) instead of removing the wrong entry.
 */
public final class MessageQueue {
  private static final int ATTEMPTS = 3;

  /** The Session as it was read, and how many delivered entries were pruned to make room. */
  public record Appended(Session session, int pruned) {}

  private MessageQueue() {}

  public static Appended append(Cluster cluster, String sessionName, Message message) {
    return append(cluster, sessionName, message, Map.of());
  }

  /** Appends, and in the same patch sets the given annotations (review-check records what it sent). */
  public static Appended append(Cluster cluster, String sessionName, Message message, Map<String, String> annotations) {
    KubernetesClientException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Session session = Sessions.get(cluster, sessionName);
      List<Message> current = session.getSpec().messages == null ? List.of() : session.getSpec().messages;
      List<Integer> prunable = current.size() < SessionSpec.MAX_MESSAGES ? List.of() : delivered(session, current);
      if (current.size() - prunable.size() >= SessionSpec.MAX_MESSAGES) {
        throw CliException.userError("Session " + sessionName + " already has " + current.size()
            + " messages waiting for delivery (the limit is " + SessionSpec.MAX_MESSAGES + "); wait until the agent"
            + " has taken some (`ao status`), then send again.");
      }
      validate(session, current, prunable, message);
      List<Map<String, Object>> ops = operations(session, current, prunable, message, annotations);
      try {
        cluster.sessions().withName(sessionName).patch(PatchContext.of(PatchType.JSON), Serializer.compactJson(ops));
        return new Appended(session, prunable.size());
      } catch (KubernetesClientException e) {
        // A failed "test" (someone changed the list meanwhile) comes back as 409, 422 or 500 depending on the server.
        if (e.getCode() != 409 && e.getCode() != 422 && e.getCode() != 500) {
          throw e;
        }
        last = e;
      }
    }
    throw CliException.cluster("Could not add the message to " + sessionName + " after " + ATTEMPTS
        + " attempts because its messages kept changing: " + last.getMessage());
  }

  private static List<Integer> delivered(Session session, List<Message> current) {
    Set<String> delivered = session.getStatus() == null || session.getStatus().deliveredMessages == null ? Set.of()
        : session.getStatus().deliveredMessages.stream().map((DeliveredMessage d) -> d.id).collect(Collectors.toSet());
    List<Integer> indices = new ArrayList<>();
    for (int i = current.size() - 1; i >= 0; i--) {
      if (delivered.contains(current.get(i).id)) {
        indices.add(i);
      }
    }
    return indices;
  }

  /** The Session as it will be, through the operator's validator, so a bad message gets the operator's words. */
  private static void validate(Session session, List<Message> current, List<Integer> prunable, Message message) {
    List<Message> after = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      if (!prunable.contains(i)) {
        after.add(current.get(i));
      }
    }
    after.add(message);
    Session candidate = new Session();
    candidate.setMetadata(new ObjectMeta());
    candidate.setSpec(copyWithMessages(session.getSpec(), after));
    ValidationErrors.check("The message", SessionValidator.validate(candidate).stream()
        .filter(v -> v.field().startsWith("spec.messages")).toList());
  }

  private static SessionSpec copyWithMessages(SessionSpec spec, List<Message> messages) {
    SessionSpec copy = Serializer.get().clone(spec);
    copy.messages = messages;
    return copy;
  }

  private static List<Map<String, Object>> operations(
      Session session, List<Message> current, List<Integer> prunable, Message message, Map<String, String> annotations) {
    List<Map<String, Object>> ops = new ArrayList<>();
    if (session.getSpec().messages == null) {
      // No list to append to yet: create it, guarded by the resourceVersion we read.
      ops.add(op("test", "/metadata/resourceVersion", session.getMetadata().getResourceVersion()));
      ops.add(op("add", "/spec/messages", List.of(message)));
    } else {
      for (int index : prunable) {
        ops.add(op("test", "/spec/messages/" + index + "/id", current.get(index).id));
        ops.add(op("remove", "/spec/messages/" + index, null));
      }
      ops.add(op("add", "/spec/messages/-", message));
    }
    if (!annotations.isEmpty()) {
      Map<String, String> existing = session.getMetadata().getAnnotations();
      if (existing == null) {
        ops.add(op("add", "/metadata/annotations", annotations));
      } else {
        annotations.forEach((k, v) -> ops.add(op("add", "/metadata/annotations/" + k.replace("~", "~0").replace("/", "~1"), v)));
      }
    }
    return ops;
  }

  private static Map<String, Object> op(String op, String path, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("op", op);
    m.put("path", path);
    if (!"remove".equals(op)) {
      m.put("value", value);
    }
    return m;
  }
}
