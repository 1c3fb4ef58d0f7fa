package dev.ao.local.executor;

import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs one Pod as local processes, the way a kubelet would: Secret volumes written as files, init
 * containers one after another, then the main container; status reported back at each step with
 * exit codes and termination messages. {@link #stop()} ends every process the pod started.
 */
final class PodRunner implements Runnable {
  private final KubernetesClient client;
  private final Pod pod;
  private final PodPlan.Host host;
  private volatile Process current;
  private volatile boolean stopped;

  PodRunner(KubernetesClient client, Pod pod, PodPlan.Host host) {
    this.client = client;
    this.pod = pod;
    this.host = host;
  }

  @Override
  public void run() {
    try {
      Files.createDirectories(host.podDir());
      PodPlan.volumeDirs(pod, host).values().forEach(PodRunner::mkdirs);
      writeSecretVolumes();
      List<ContainerRun> inits = PodPlan.init(pod, host);
      List<String> initNames = inits.stream().map(ContainerRun::name).toList();
      for (ContainerRun init : inits) {
        report(PodStatuses.initializing(host.podIp(), init.name(), Instant.now()));
        mkdirs(init.workingDir());
        int code = execute(init);
        if (stopped) {
          return;
        }
        if (code != 0) {
          report(PodStatuses.initFailed(host.podIp(), init.name(), code, terminationMessage(init), Instant.now()));
          return;
        }
      }
      ContainerRun main = PodPlan.main(pod, host);
      String missing = dev.ao.local.supervise.Prerequisites.agentMissing(AgentCommand.of(main.env().get("AO_AGENT_PROFILE")));
      if (missing != null) {
        report(PodStatuses.finished(host.podIp(), initNames, main.name(), 127, missing, Instant.now()));
        return;
      }
      Process p = start(main);
      report(PodStatuses.running(host.podIp(), initNames, main.name(), Instant.now()));
      int code = p.waitFor();
      if (!stopped) {
        report(PodStatuses.finished(host.podIp(), initNames, main.name(), code, terminationMessage(main), Instant.now()));
      }
    } catch (IOException e) {
      report(PodStatuses.initFailed(host.podIp(), "workspace", 127, "local executor could not start the pod: " + e.getMessage(), Instant.now()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Kills the pod's processes (and their children: tmux, the agent) and its tmux server. */
  void stop() {
    stopped = true;
    Process p = current;
    if (p != null) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    String socket = "ao-" + pod.getMetadata().getNamespace() + "-" + pod.getMetadata().getName();
    try {
      new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    } catch (IOException e) {
      // tmux missing or no server: nothing to stop
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** PIDs of the pod's live processes (the container process and its descendants). */
  List<Long> pids() {
    Process p = current;
    if (p == null || !p.isAlive()) {
      return List.of();
    }
    List<Long> pids = new java.util.ArrayList<>();
    pids.add(p.pid());
    p.descendants().forEach(d -> pids.add(d.pid()));
    return pids;
  }

  private int execute(ContainerRun run) throws IOException, InterruptedException {
    return start(run).waitFor();
  }

  private Process start(ContainerRun run) throws IOException {
    mkdirs(run.workingDir());
    Files.deleteIfExists(run.terminationMessage());
    ProcessBuilder pb = new ProcessBuilder(run.command()).directory(run.workingDir().toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(run.log().toFile()));
    pb.environment().clear();
    pb.environment().putAll(run.env());
    Process p = pb.start();
    current = p;
    return p;
  }

  private void writeSecretVolumes() throws IOException {
    Map<String, Path> dirs = PodPlan.volumeDirs(pod, host);
    for (Volume v : pod.getSpec().getVolumes()) {
      if (v.getSecret() == null) {
        continue;
      }
      Secret s = client.secrets().inNamespace(pod.getMetadata().getNamespace()).withName(v.getSecret().getSecretName()).get();
      if (s == null) {
        throw new IOException("Secret " + v.getSecret().getSecretName() + " of volume " + v.getName() + " not found");
      }
      Map<String, byte[]> values = SecretData.of(s);
      Path dir = dirs.get(v.getName());
      Files.createDirectories(dir);
      List<KeyToPath> items = v.getSecret().getItems();
      if (items == null || items.isEmpty()) {
        for (var e : values.entrySet()) {
          write(dir.resolve(e.getKey()), e.getValue());
        }
      } else {
        for (KeyToPath item : items) {
          byte[] value = values.get(item.getKey());
          if (value != null) {
            write(dir.resolve(item.getPath()), value);
          }
        }
      }
    }
  }

  private static void write(Path file, byte[] value) throws IOException {
    Files.write(file, value);
    file.toFile().setReadable(false, false);
    file.toFile().setReadable(true, true);
  }

  private static String terminationMessage(ContainerRun run) {
    try {
      if (Files.exists(run.terminationMessage())) {
        String m = Files.readString(run.terminationMessage(), StandardCharsets.UTF_8).strip();
        if (!m.isEmpty()) {
          return m;
        }
      }
      // FallbackToLogsOnError: the last line of the container's log.
      if (Files.exists(run.log())) {
        List<String> lines = Files.readAllLines(run.log(), StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
          if (!lines.get(i).isBlank()) {
            return lines.get(i).strip();
          }
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private void report(PodStatus status) {
    try {
      Pod latest = client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName()).get();
      if (latest == null || latest.getMetadata().getDeletionTimestamp() != null) {
        return;
      }
      latest.setStatus(status);
      client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(latest).updateStatus();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404 && e.getCode() != 409) {
        throw e;
      }
      if (e.getCode() == 409) {
        report(status);
      }
    }
  }

  private static void mkdirs(Path p) {
    try {
      Files.createDirectories(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
