package dev.ao.local.executor;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Pure: how a Pod runs on this machine. Volumes become directories (a PVC is a directory under
 * the data dir, a Secret volume a directory of files), mount paths in the environment are
 * rewritten to those directories, and the {@code ao-runner} command runs the runner jar.
 */
public final class PodPlan {
  private PodPlan() {}

  /** Machine facts the plan needs. {@code secretValue} resolves (secret, key) to a value or null. */
  public record Host(Path volumesDir, Path podDir, String podIp, String runnerJar, String javaBin, Map<String, String> baseEnv,
      BiFunction<String, String, String> secretValue) {}

  /** The directories each volume of the pod maps to. */
  public static Map<String, Path> volumeDirs(Pod pod, Host host) {
    Map<String, Path> dirs = new LinkedHashMap<>();
    String ns = pod.getMetadata().getNamespace();
    for (Volume v : pod.getSpec().getVolumes() == null ? List.<Volume>of() : pod.getSpec().getVolumes()) {
      if (v.getPersistentVolumeClaim() != null) {
        dirs.put(v.getName(), host.volumesDir().resolve(ns).resolve(v.getPersistentVolumeClaim().getClaimName()));
      } else {
        dirs.put(v.getName(), host.podDir().resolve("volumes").resolve(v.getName()));
      }
    }
    return dirs;
  }

  public static List<ContainerRun> init(Pod pod, Host host) {
    List<ContainerRun> runs = new ArrayList<>();
    for (Container c : pod.getSpec().getInitContainers() == null ? List.<Container>of() : pod.getSpec().getInitContainers()) {
      runs.add(container(pod, c, host));
    }
    return runs;
  }

  public static ContainerRun main(Pod pod, Host host) {
    return container(pod, pod.getSpec().getContainers().get(0), host);
  }

  static ContainerRun container(Pod pod, Container c, Host host) {
    Map<String, Path> volumes = volumeDirs(pod, host);
    // Scratch space (the agent pod's emptyDir on /tmp) is the host's own /tmp for a local process: rewriting
    // paths under it would move files a test or a person expects in /tmp (the demo agents' logs among them).
    for (Volume v : pod.getSpec().getVolumes() == null ? List.<Volume>of() : pod.getSpec().getVolumes()) {
      if (v.getEmptyDir() != null) {
        volumes.remove(v.getName());
      }
    }
    List<Map.Entry<String, Path>> mounts = new ArrayList<>();
    for (VolumeMount m : c.getVolumeMounts() == null ? List.<VolumeMount>of() : c.getVolumeMounts()) {
      Path dir = volumes.get(m.getName());
      if (dir != null) {
        mounts.add(Map.entry(m.getMountPath(), m.getSubPath() == null || m.getSubPath().isBlank() ? dir : dir.resolve(m.getSubPath())));
      }
    }
    // Longest mount path first, so /var/run/ao/git wins over a hypothetical /var/run.
    mounts.sort(Comparator.comparingInt((Map.Entry<String, Path> e) -> e.getKey().length()).reversed());
    Map<String, String> env = new LinkedHashMap<>(host.baseEnv());
    for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
      String value = e.getValue();
      if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
        value = host.secretValue().apply(e.getValueFrom().getSecretKeyRef().getName(), e.getValueFrom().getSecretKeyRef().getKey());
      }
      if (value != null) {
        env.put(e.getName(), rewrite(value, mounts));
      }
    }
    Path termination = host.podDir().resolve(c.getName() + ".termination-log");
    env.put("AO_TERMINATION_MESSAGE_PATH", termination.toString());
    env.put("AO_RUNNER_BIND", host.podIp());
    env.put("AO_TMUX_SOCKET", "ao-" + pod.getMetadata().getNamespace() + "-" + pod.getMetadata().getName());
    Path workdir = mounts.stream().filter(m -> m.getKey().equals("/workspace")).map(Map.Entry::getValue).findFirst().orElse(host.podDir());
    return new ContainerRun(c.getName(), command(c, host), env, workdir, termination, host.podDir().resolve(c.getName() + ".log"));
  }

  /** {@code ao-runner <sub>} runs the runner jar with the image's memory settings; other commands run from PATH. */
  static List<String> command(Container c, Host host) {
    List<String> argv = new ArrayList<>();
    List<String> cmd = new ArrayList<>(c.getCommand() == null ? List.of() : c.getCommand());
    if (c.getArgs() != null) {
      cmd.addAll(c.getArgs());
    }
    // The images' init process (tini) has no part in a local run: the executor supervises the process itself.
    if (cmd.size() > 2 && cmd.get(0).endsWith("/tini") && "--".equals(cmd.get(1))) {
      cmd = new ArrayList<>(cmd.subList(2, cmd.size()));
    }
    if (!cmd.isEmpty() && "ao-runner".equals(cmd.get(0))) {
      argv.addAll(List.of(host.javaBin(), "-Xms8m", "-Xmx64m", "-XX:+UseSerialGC", "-jar", host.runnerJar()));
      argv.addAll(cmd.subList(1, cmd.size()));
    } else {
      argv.addAll(cmd);
    }
    return argv;
  }

  static String rewrite(String value, List<Map.Entry<String, Path>> mounts) {
    for (Map.Entry<String, Path> m : mounts) {
      if (value.equals(m.getKey()) || value.startsWith(m.getKey() + "/")) {
        return m.getValue() + value.substring(m.getKey().length());
      }
    }
    return value;
  }
}
