package dev.ao.bench.kube;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An informer on Sessions, as {@code kubectl get sessions -w} would see them: keeps each Session's latest status
 * and stamps an {@link Expectation} the moment a status update shows its change.
 */
public final class SessionWatch implements AutoCloseable {
  private final SharedIndexInformer<Session> informer;
  private final Map<String, SessionStatus> latest = new ConcurrentHashMap<>();
  private final Map<String, Expectation> pending = new ConcurrentHashMap<>();

  public SessionWatch(KubernetesClient client, String namespace) {
    this.informer = client.resources(Session.class).inNamespace(namespace).inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Session s) {
        seen(s);
      }

      @Override
      public void onUpdate(Session before, Session after) {
        seen(after);
      }

      @Override
      public void onDelete(Session s, boolean finalStateUnknown) {
        latest.remove(s.getMetadata().getName());
      }
    });
  }

  private void seen(Session s) {
    long now = System.nanoTime();
    String name = s.getMetadata().getName();
    if (s.getStatus() != null) {
      latest.put(name, s.getStatus());
    }
    Expectation e = pending.get(name);
    if (e != null && e.shownBy(s.getStatus()) && pending.remove(name, e)) {
      e.seenAt(now);
    }
  }

  /**
   * Watches for the expectation, registered right after the change was made (a new PR's number is only known then).
   * The operator needs a poll to notice a change, so a status showing it cannot have arrived in between; should it
   * have, it is counted now rather than lost. One at a time per Session.
   */
  public void expect(Expectation e) {
    if (pending.putIfAbsent(e.session(), e) != null) {
      throw new IllegalStateException("a change on " + e.session() + " is still awaited");
    }
    if (e.shownBy(latest.get(e.session())) && pending.remove(e.session(), e)) {
      e.seenAt(System.nanoTime());
    }
  }

  public boolean awaiting(String session) {
    return pending.containsKey(session);
  }

  public int awaitingCount() {
    return pending.size();
  }

  /** The latest status seen, or null. */
  public SessionStatus status(String session) {
    return latest.get(session);
  }

  @Override
  public void close() {
    informer.close();
  }
}
