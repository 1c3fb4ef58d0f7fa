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
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Appends to a Session's spec.messages. The usual case is a JSON patch "add" to /spec/messages/-,
 * which the API server applies atomically, so two senders never overwrite each other. Creating the
 * list, or pruning delivered entries when it is full, rewrites it: that is an update carrying the
 * resourceVersion that was read, so a concurrent change makes it fail with 409 and it is redone.
 * The rewrite goes through the untyped object, so fields this CLI does not know survive it.
 */
public final class MessageQueue {
  private static final int ATTEMPTS = 5;
  private static final ResourceDefinitionContext SESSIONS = ResourceDefinitionContext.fromResourceType(Session.class);

  /** The Session as it was read, and how many delivered entries were pruned to make room. */
  public record Appended(Session session, int pruned) {}

  private MessageQueue() {}

  public static Appended append(Cluster cluster, String sessionName, Message message) {
    return append(cluster, sessionName, message, Map.of());
  }

  /** Appends, and in the same write sets the given annotations (review-check records what it sent). */
  public static Appended append(Cluster cluster, String sessionName, Message message, Map<String, String> annotations) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      GenericKubernetesResource raw = cluster.client().genericKubernetesResources(SESSIONS)
          .inNamespace(cluster.namespace()).withName(sessionName).get();
      if (raw == null) {
        Sessions.get(cluster, sessionName); // throws not-found with suggestions
        continue; // it was created in between: read it again
      }
      Session session = Serializer.get().convertValue(raw, Session.class);
      List<Message> current = session.getSpec().messages;
      List<Integer> prunable = current == null || current.size() < SessionSpec.MAX_MESSAGES ? List.of() : delivered(session, current);
      int size = current == null ? 0 : current.size();
      if (size - prunable.size() >= SessionSpec.MAX_MESSAGES) {
        throw CliException.userError("Session " + sessionName + " already has " + size
            + " messages waiting for delivery (the limit is " + SessionSpec.MAX_MESSAGES + "); wait until the agent"
            + " has taken some (`ao status`), then send again.");
      }
      List<Message> after = after(current, prunable, message);
      validate(session, after);
      try {
        if (current == null || !prunable.isEmpty()) {
          rewrite(cluster, raw, after, annotations);
        } else {
          addPatch(cluster, sessionName, session, message, annotations);
        }
        return new Appended(session, prunable.size());
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
      }
    }
    throw CliException.cluster("Could not add the message to " + sessionName + ": its messages kept changing during "
        + ATTEMPTS + " attempts. Run the command again.");
  }

  /** Indices of entries already confirmed delivered, highest first. */
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

  private static List<Message> after(List<Message> current, List<Integer> prunable, Message message) {
    List<Message> after = new ArrayList<>();
    if (current != null) {
      for (int i = 0; i < current.size(); i++) {
        if (!prunable.contains(i)) {
          after.add(current.get(i));
        }
      }
    }
    after.add(message);
    return after;
  }

  /** The Session as it will be, through the operator's validator, so a bad message gets the operator's words. */
  private static void validate(Session session, List<Message> after) {
    Session candidate = new Session();
    candidate.setMetadata(new ObjectMeta());
    SessionSpec spec = Serializer.get().clone(session.getSpec());
    spec.messages = after;
    candidate.setSpec(spec);
    ValidationErrors.check("The message", SessionValidator.validate(candidate).stream()
        .filter(v -> v.field().startsWith("spec.messages")).toList());
  }

  private static void addPatch(Cluster cluster, String name, Session session, Message message, Map<String, String> annotations) {
    List<Map<String, Object>> ops = new ArrayList<>();
    ops.add(op("add", "/spec/messages/-", message));
    if (!annotations.isEmpty()) {
      if (session.getMetadata().getAnnotations() == null) {
        ops.add(op("add", "/metadata/annotations", annotations));
      } else {
        annotations.forEach((k, v) -> ops.add(op("add", "/metadata/annotations/" + k.replace("~", "~0").replace("/", "~1"), v)));
      }
    }
    cluster.sessions().withName(name).patch(PatchContext.of(PatchType.JSON), Serializer.compactJson(ops));
  }

  @SuppressWarnings("unchecked")
  private static void rewrite(Cluster cluster, GenericKubernetesResource raw, List<Message> messages, Map<String, String> annotations) {
    Map<String, Object> spec = (Map<String, Object>) raw.getAdditionalProperties().get("spec");
    spec.put("messages", messages.stream().map(m -> Serializer.get().convertValue(m, Map.class)).toList());
    if (!annotations.isEmpty()) {
      Map<String, String> merged = new HashMap<>(raw.getMetadata().getAnnotations() == null ? Map.of() : raw.getMetadata().getAnnotations());
      merged.putAll(annotations);
      raw.getMetadata().setAnnotations(merged);
    }
    // update() sends the resourceVersion that was read: 409 if anyone wrote in between.
    cluster.client().genericKubernetesResources(SESSIONS).inNamespace(cluster.namespace()).resource(raw).update();
  }

  private static Map<String, Object> op(String op, String path, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("op", op);
    m.put("path", path);
    m.put("value", value);
    return m;
  }
}
