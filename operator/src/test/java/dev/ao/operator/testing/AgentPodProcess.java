package dev.ao.operator.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Plays the node for one agent Pod: runs the real in-pod runner ({@code ao-runner run}) as a local
 * process with the Pod's environment, its mounted Secret files written to a directory, and a
 * scripted agent in place of the agent CLI. The runner drives the agent in real tmux.
 */
public final class AgentPodProcess implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Process process;
  private final String tmuxSocket;
  private final Path agentLog;

  private AgentPodProcess(Process process, String tmuxSocket, Path agentLog) {
    this.process = process;
    this.tmuxSocket = tmuxSocket;
    this.agentLog = agentLog;
  }

  /** A line-based agent that appends every line it receives to $AGENT_LOG. */
  public static Path writeLineAgent(Path dir) throws IOException {
    Path script = dir.resolve("line-agent.sh");
    Files.writeString(script, """
        #!/usr/bin/env bash
        echo "line agent ready"
        while IFS= read -r -p "> " line; do
          printf '%s\\n' "$line" >> "$AGENT_LOG"
          echo "noted ${#line} chars"
        done
        """);
    script.toFile().setExecutable(true);
    return script;
  }

  public static AgentPodProcess start(Pod pod, Secret runnerSecret, Path dir, Path agentScript) throws IOException {
    Files.createDirectories(dir.resolve("workspace"));
    Files.createDirectories(dir.resolve("home"));
    Files.writeString(dir.resolve("token"), decode(runnerSecret, "token"));
    Files.writeString(dir.resolve("prompt"), decode(runnerSecret, "prompt"));
    Container agent = pod.getSpec().getContainers().get(0);
    String socket = "ao-test-" + ProcessHandle.current().pid() + "-" + pod.getMetadata().getName();
    Path log = dir.resolve("agent.log");
    ProcessBuilder pb = new ProcessBuilder(List.of(javaBin(), "-Xmx64m", "-cp", runnerJar(), "dev.ao.runner.AoRunner", "run"));
    Map<String, String> env = pb.environment();
    for (EnvVar e : agent.getEnv()) {
      if (e.getValue() != null) {
        env.put(e.getName(), e.getValue());
      }
    }
    ObjectNode profile = (ObjectNode) JSON.readTree(env.get("AO_AGENT_PROFILE"));
    profile.putArray("command").add(agentScript.toString());
    profile.put("promptDelivery", "post-launch");
    profile.put("readyPattern", "> ");
    env.put("AO_AGENT_PROFILE", profile.toString());
    env.put("AO_WORKSPACE", dir.resolve("workspace").toString());
    env.put("HOME", dir.resolve("home").toString());
    env.put("AO_RUNNER_TOKEN_FILE", dir.resolve("token").toString());
    env.put("AO_PROMPT_FILE", dir.resolve("prompt").toString());
    env.put("AO_TERMINATION_MESSAGE_PATH", dir.resolve("termination-log").toString());
    env.put("AO_RUNNER_BIND", "127.0.0.1");
    env.put("AO_TMUX_SOCKET", socket);
    env.put("AGENT_LOG", log.toString());
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("runner.out").toFile());
    return new AgentPodProcess(pb.start(), socket, log);
  }

  /** Everything the agent received so far. */
  public String received() throws IOException {
    return Files.exists(agentLog) ? Files.readString(agentLog) : "";
  }

  public boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      new ProcessBuilder("tmux", "-L", tmuxSocket, "kill-server").redirectErrorStream(true).start().waitFor();
    } catch (IOException e) {
      // no tmux server left to kill
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String decode(Secret s, String key) {
    return new String(Base64.getDecoder().decode(s.getData().get(key)), StandardCharsets.UTF_8);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The runner's shaded jar, as the image ships it (set by the build; see operator/pom.xml). */
  private static String runnerJar() {
    String jar = System.getProperty("ao.runner.jar", "../runtime-images/runner/target/ao-runner.jar");
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("runner jar " + jar + " not found: build runtime-images/runner first (mvn -pl runtime-images/runner package)");
    }
    return jar;
  }
}
