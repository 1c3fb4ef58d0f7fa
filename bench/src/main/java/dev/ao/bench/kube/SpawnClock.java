package dev.ao.bench.kube;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Spawn latency: when the benchmark created each Session, and when the Pod watch first saw its agent Pod. */
public final class SpawnClock {
  private final Map<String, Long> created = new ConcurrentHashMap<>();
  private final Map<String, Long> podSeen = new ConcurrentHashMap<>();

  /** Call right before the create request. */
  public void creating(String session) {
    created.put(session, System.nanoTime());
  }

  /** For the Kubelet's Pod watch: the Pod's owning Session gets its first Pod time. */
  public void podCreated(Pod pod, long nanos) {
    for (OwnerReference owner : pod.getMetadata().getOwnerReferences()) {
      if ("Session".equals(owner.getKind())) {
        podSeen.putIfAbsent(owner.getName(), nanos);
      }
    }
  }

  public int podsSeen() {
    return podSeen.size();
  }

  public List<Double> latenciesMillis() {
    List<Double> out = new ArrayList<>();
    created.forEach((session, at) -> {
      Long pod = podSeen.get(session);
      if (pod != null) {
        out.add((pod - at) / 1e6);
      }
    });
    return out;
  }
}
