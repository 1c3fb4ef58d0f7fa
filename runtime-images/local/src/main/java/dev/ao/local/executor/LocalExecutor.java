package dev.ao.local.executor;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Plays the node: every Pod that appears in the local API is run as local processes by a
 * {@link PodRunner}; a deleted Pod has its processes stopped.
 */
public final class LocalExecutor implements AutoCloseable {
  private final KubernetesClient client;
  private final Path volumesDir;
  private final Path podsDir;
  private final String runnerJar;
  private final LoopbackPool addresses = new LoopbackPool();
  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "local-pod");
    t.setDaemon(true);
    return t;
  });
  private SharedIndexInformer<Pod> informer;
  private SharedIndexInformer<io.fabric8.kubernetes.api.model.PersistentVolumeClaim> volumes;

  private record Running(PodRunner runner, String ip) {}

  public LocalExecutor(KubernetesClient client, Path volumesDir, Path podsDir, String runnerJar) {
    this.client = client;
    this.volumesDir = volumesDir;
    this.podsDir = podsDir;
    this.runnerJar = runnerJar;
  }

  public void start() {
    informer = client.pods().inAnyNamespace().inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Pod pod) {
        maybeRun(pod);
      }

      @Override
      public void onUpdate(Pod before, Pod pod) {
        if (pod.getMetadata().getDeletionTimestamp() != null) {
          stop(pod);
        } else {
          maybeRun(pod);
        }
      }

      @Override
      public void onDelete(Pod pod, boolean unknownFinalState) {
        stop(pod);
      }
    });
    watchVolumes();
  }

  /** A deleted claim's directory goes too, as with a provisioner whose reclaim policy is Delete. */
  private void watchVolumes() {
    volumes = client.persistentVolumeClaims().inAnyNamespace().inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(io.fabric8.kubernetes.api.model.PersistentVolumeClaim pvc) {}

      @Override
      public void onUpdate(io.fabric8.kubernetes.api.model.PersistentVolumeClaim a, io.fabric8.kubernetes.api.model.PersistentVolumeClaim b) {}

      @Override
      public void onDelete(io.fabric8.kubernetes.api.model.PersistentVolumeClaim pvc, boolean unknown) {
        VolumeDirs.delete(volumesDir.resolve(pvc.getMetadata().getNamespace()).resolve(pvc.getMetadata().getName()));
      }
    });
  }

  /** The live process ids of a pod, for checking that nothing is left behind. */
  public List<Long> pids(String namespace, String name) {
    return running.entrySet().stream().filter(e -> e.getKey().startsWith(namespace + "/" + name + "/"))
        .flatMap(e -> e.getValue().runner().pids().stream()).toList();
  }

  private void maybeRun(Pod pod) {
    String key = key(pod);
    boolean finished = pod.getStatus() != null && ("Succeeded".equals(pod.getStatus().getPhase()) || "Failed".equals(pod.getStatus().getPhase()));
    if (running.containsKey(key) || finished || (pod.getStatus() != null && pod.getStatus().getPodIP() != null)) {
      return;
    }
    String ip = addresses.acquire();
    String ns = pod.getMetadata().getNamespace();
    PodPlan.Host host = new PodPlan.Host(volumesDir, podsDir.resolve(ns).resolve(pod.getMetadata().getName()), ip, runnerJar,
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), hostEnv(), (secret, k) -> secretValue(ns, secret, k));
    PodRunner runner = new PodRunner(client, pod, host);
    if (running.putIfAbsent(key, new Running(runner, ip)) == null) {
      threads.submit(runner);
    } else {
      addresses.release(ip);
    }
  }

  private void stop(Pod pod) {
    Running r = running.remove(key(pod));
    if (r != null) {
      r.runner().stop();
      addresses.release(r.ip());
    }
  }

  private String secretValue(String ns, String secret, String key) {
    byte[] value = SecretData.of(client.secrets().inNamespace(ns).withName(secret).get()).get(key);
    return value == null ? null : new String(value, StandardCharsets.UTF_8);
  }

  /** A pod sees the host's PATH and locale, nothing else of the host environment. */
  private static Map<String, String> hostEnv() {
    Map<String, String> env = new java.util.LinkedHashMap<>();
    for (String name : List.of("PATH", "LANG", "LC_ALL", "TERM", "TZ", "JAVA_HOME")) {
      String v = System.getenv(name);
      if (v != null) {
        env.put(name, v);
      }
    }
    env.putIfAbsent("TERM", "xterm-256color");
    return env;
  }

  private static String key(Pod pod) {
    return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName() + "/" + pod.getMetadata().getUid();
  }

  @Override
  public void close() {
    if (informer != null) {
      informer.close();
    }
    if (volumes != null) {
      volumes.close();
    }
    running.values().forEach(r -> r.runner().stop());
    running.clear();
    threads.shutdownNow();
  }
}
