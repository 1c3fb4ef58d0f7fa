package dev.ao.bench.kube;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjLongConsumer;


/**
 * Plays the node: every agent Pod the operator creates is reported Running, init container done, agent ready. The
 * Pods get no IP, so the operator finds no runner to ask, which the lifecycle treats as "no runner observation":
 * the benchmark measures the SCM path and the API server path, not agents.
 */
public final class Kubelet implements AutoCloseable {
  private final KubernetesClient client;
  private final SharedIndexInformer<Pod> informer;
  private final ExecutorService writers = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "kubelet");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Boolean> started = new ConcurrentHashMap<>();
  private final String namespace;

  /** @param podCreated told every new Pod, with the {@link System#nanoTime()} the watch delivered it at */
  public Kubelet(KubernetesClient client, String namespace, ObjLongConsumer<Pod> podCreated) {
    this.client = client;
    this.namespace = namespace;
    this.informer = client.pods().inNamespace(namespace).inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Pod pod) {
        podCreated.accept(pod, System.nanoTime());
        if (started.putIfAbsent(pod.getMetadata().getUid(), Boolean.TRUE) == null) {
          writers.execute(() -> markRunning(pod.getMetadata().getName()));
        }
      }

      @Override
      public void onUpdate(Pod before, Pod after) {}

      @Override
      public void onDelete(Pod pod, boolean finalStateUnknown) {
        started.remove(pod.getMetadata().getUid());
      }
    });
  }

  private void markRunning(String name) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Pod pod = client.pods().inNamespace(namespace).withName(name).get();
      if (pod == null || pod.getMetadata().getDeletionTimestamp() != null) {
        return;
      }
      pod.setStatus(running());
      try {
        client.pods().inNamespace(namespace).resource(pod).updateStatus();
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
      }
    }
  }

  private static PodStatus running() {
    return new PodStatusBuilder()
        .withPhase("Running")
        .withInitContainerStatuses(new ContainerStatusBuilder().withName("workspace").withReady(false)
            .withState(new ContainerStateBuilder().withNewTerminated().withExitCode(0).withReason("Completed").endTerminated().build()).build())
        .withContainerStatuses(new ContainerStatusBuilder().withName("agent").withReady(true)
            .withState(new ContainerStateBuilder().withNewRunning().withStartedAt(Instant.now().toString()).endRunning().build()).build())
        .build();
  }

  @Override
  public void close() {
    informer.close();
    writers.shutdownNow();
    try {
      writers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
