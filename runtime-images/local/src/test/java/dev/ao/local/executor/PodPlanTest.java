package dev.ao.local.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodPlanTest {
  private static final Pod POD = new PodBuilder()
      .withNewMetadata().withName("webapp-1-agent").withNamespace("team-a").endMetadata()
      .withNewSpec()
      .addNewInitContainer().withName("workspace").withCommand("ao-runner", "workspace")
        .addNewEnv().withName("AO_WORKSPACE").withValue("/workspace").endEnv()
        .addNewEnv().withName("AO_GIT_TOKEN_FILE").withValue("/var/run/ao/git/token").endEnv()
        .addNewVolumeMount().withName("workspace").withMountPath("/workspace").withSubPath("repo").endVolumeMount()
        .addNewVolumeMount().withName("git-token").withMountPath("/var/run/ao/git").endVolumeMount()
      .endInitContainer()
      .addNewContainer().withName("agent").withCommand("/usr/bin/tini", "--", "ao-runner", "run")
        .addNewEnv().withName("HOME").withValue("/home/agent").endEnv()
        .addNewEnv().withName("DEMO_AGENT_LOG_DIR").withValue("/tmp/ao-demo/demo-agents").endEnv()
        .addNewEnv().withName("ANTHROPIC_API_KEY").withNewValueFrom().withNewSecretKeyRef("anthropic", "agent-keys", false).endValueFrom().endEnv()
        .addNewVolumeMount().withName("workspace").withMountPath("/workspace").withSubPath("repo").endVolumeMount()
        .addNewVolumeMount().withName("workspace").withMountPath("/home/agent").withSubPath("home").endVolumeMount()
        .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
      .endContainer()
      .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume()
      .addNewVolume().withName("workspace").withNewPersistentVolumeClaim().withClaimName("webapp-1-workspace").endPersistentVolumeClaim().endVolume()
      .addNewVolume().withName("git-token").withNewSecret().withSecretName("git").endSecret().endVolume()
      .endSpec().build();

  private static final PodPlan.Host HOST = new PodPlan.Host(Path.of("/data/volumes"), Path.of("/data/pods/team-a/webapp-1-agent"),
      "127.0.0.5", "/jars/ao-runner.jar", "/jdk/bin/java", Map.of("PATH", "/usr/bin"), (secret, key) -> secret + ":" + key + "-value");

  @Test
  void maps_a_pvc_to_a_directory_and_rewrites_mount_paths_in_the_environment() {
    ContainerRun init = PodPlan.init(POD, HOST).get(0);
    assertThat(init.env()).containsEntry("AO_WORKSPACE", "/data/volumes/team-a/webapp-1-workspace/repo")
        .containsEntry("AO_GIT_TOKEN_FILE", "/data/pods/team-a/webapp-1-agent/volumes/git-token/token")
        .containsEntry("PATH", "/usr/bin");
    assertThat(init.workingDir()).isEqualTo(Path.of("/data/volumes/team-a/webapp-1-workspace/repo"));
    assertThat(init.command()).containsExactly("/jdk/bin/java", "-Xms8m", "-Xmx64m", "-XX:+UseSerialGC", "-jar", "/jars/ao-runner.jar", "workspace");
  }

  @Test
  void gives_the_agent_its_home_on_the_volume_secrets_by_reference_and_its_own_address_and_tmux() {
    ContainerRun agent = PodPlan.main(POD, HOST);
    assertThat(agent.env()).as("the pod's scratch /tmp is the host's /tmp for a local process")
        .containsEntry("DEMO_AGENT_LOG_DIR", "/tmp/ao-demo/demo-agents");
    assertThat(agent.env()).containsEntry("HOME", "/data/volumes/team-a/webapp-1-workspace/home")
        .containsEntry("ANTHROPIC_API_KEY", "agent-keys:anthropic-value")
        .containsEntry("AO_RUNNER_BIND", "127.0.0.5")
        .containsEntry("AO_TMUX_SOCKET", "ao-team-a-webapp-1-agent")
        .containsEntry("AO_TERMINATION_MESSAGE_PATH", "/data/pods/team-a/webapp-1-agent/agent.termination-log");
  }

  @Test
  void reads_the_agent_program_from_the_profile() {
    assertThat(AgentCommand.of("{\"command\":[\"claude\",\"--x\"]}")).isEqualTo("claude");
    assertThat(AgentCommand.of("not json")).isNull();
  }

  @Test
  void hands_out_distinct_loopback_addresses_and_reuses_released_ones() {
    LoopbackPool pool = new LoopbackPool();
    String a = pool.acquire();
    String b = pool.acquire();
    assertThat(a).isEqualTo("127.0.0.2");
    assertThat(b).isEqualTo("127.0.0.3");
    pool.release(a);
    assertThat(pool.acquire()).isEqualTo("127.0.0.2");
  }
}
