package dev.ao.runner.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build.sh in dry-run mode: which tool, which images in which order, under which names. */
class BuildScriptIT {
  static final Path SCRIPT = Path.of("..", "build.sh").toAbsolutePath().normalize();

  @TempDir Path dir;

  record Run(int code, String output) {
    List<String> commands() {
      return output.lines().filter(l -> l.startsWith("+ ")).map(l -> l.substring(2)).toList();
    }
  }

  Run build(Map<String, String> env, String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of("/bin/bash", SCRIPT.toString()));
    argv.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  @Test
  void builds_the_base_first_then_every_agent_under_the_registry_and_tag() throws Exception {
    Run run = build(Map.of(), "--dry-run", "--tool", "podman", "--registry", "registry.example.com/team/", "--tag", "1.2.3",
        "--push");

    assertThat(run.code()).as(run.output()).isZero();
    List<String> builds = run.commands().stream().filter(c -> c.startsWith("podman build")).toList();
    assertThat(builds).hasSize(6);
    assertThat(builds.get(0)).contains("base/Dockerfile -t registry.example.com/team/agent-base:1.2.3");
    for (String agent : List.of("claude-code", "codex", "aider", "opencode")) {
      assertThat(builds).anyMatch(c -> c.contains(agent + "/Dockerfile -t registry.example.com/team/agent-" + agent + ":1.2.3")
          && c.contains("--build-arg REGISTRY=registry.example.com/team --build-arg TAG=1.2.3"));
    }
    assertThat(run.commands()).contains("podman push registry.example.com/team/agent-opencode:1.2.3");
    assertThat(run.commands().get(0)).startsWith("mvn ").contains("-pl runtime-images/runner package");
  }

  @Test
  void defaults_match_the_names_the_operator_profiles_use_and_buildah_uses_bud() throws Exception {
    Run run = build(Map.of(), "--dry-run", "--skip-jar", "--tool", "buildah", "codex", "base");

    assertThat(run.code()).as(run.output()).isZero();
    assertThat(run.commands()).containsExactly(
        "buildah bud -f " + SCRIPT.getParent().resolve("base/Dockerfile") + " -t ghcr.io/agent-orchestrator/agent-base:0.1.0"
            + " --build-arg REGISTRY=ghcr.io/agent-orchestrator --build-arg TAG=0.1.0 " + SCRIPT.getParent(),
        "buildah bud -f " + SCRIPT.getParent().resolve("codex/Dockerfile") + " -t ghcr.io/agent-orchestrator/agent-codex:0.1.0"
            + " --build-arg REGISTRY=ghcr.io/agent-orchestrator --build-arg TAG=0.1.0 " + SCRIPT.getParent());
  }

  @Test
  void builds_the_operator_image_from_the_quarkus_application_under_the_charts_default_name() throws Exception {
    Run run = build(Map.of(), "--dry-run", "--tool", "docker", "operator");

    assertThat(run.code()).as(run.output()).isZero();
    Path repo = SCRIPT.getParent().getParent();
    assertThat(run.commands()).containsExactly(
        "mvn -B -q -f " + repo.resolve("pom.xml") + " -pl operator -am package -DskipTests",
        "docker build -f " + SCRIPT.getParent().resolve("operator/Dockerfile") + " -t ghcr.io/agent-orchestrator/operator:0.1.0"
            + " --build-arg REGISTRY=ghcr.io/agent-orchestrator --build-arg TAG=0.1.0 " + repo.resolve("operator/target/quarkus-app"));
  }

  @Test
  void detects_the_available_tool_when_none_is_named() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("dirname"), Path.of("/usr/bin/dirname"));
    Path podman = Files.writeString(bin.resolve("podman"), "#!/bin/sh\nexit 0\n");
    podman.toFile().setExecutable(true);

    Run run = build(Map.of("PATH", bin.toString()), "--dry-run", "--skip-jar", "base");

    assertThat(run.code()).as(run.output()).isZero();
    assertThat(run.commands()).singleElement().asString().startsWith("podman build ");
  }

  @Test
  void rejects_unknown_tools_and_images() throws Exception {
    assertThat(build(Map.of(), "--dry-run", "--tool", "kaniko").code()).isEqualTo(2);
    Run unknown = build(Map.of(), "--dry-run", "--tool", "docker", "cursor");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.output()).contains("no image 'cursor'");
  }
}
