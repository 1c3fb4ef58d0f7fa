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
  /** What a dry run prints for the label that lets a later build skip an unchanged image. */
  static final String INPUTS = "dev.ao.build.inputs=<inputs-hash>";

  @TempDir Path dir;

  record Run(int code, String output) {
    List<String> commands() {
      return output.lines().filter(l -> l.startsWith("+ ")).map(l -> l.substring(2)).toList();
    }
  }

  Run build(Map<String, String> env, String... args) throws Exception {
    return build(SCRIPT, env, args);
  }

  Run build(Path script, Map<String, String> env, String... args) throws Exception {
    List<String> argv = new ArrayList<>(List.of("/bin/bash", script.toString()));
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
    assertThat(builds).as("the scripted test agent is built only when asked for").noneMatch(c -> c.contains("scripted"));
    assertThat(run.commands().get(0)).startsWith("mvn ").contains("-pl runtime-images/runner package");
  }

  @Test
  void defaults_match_the_names_the_operator_profiles_use_and_buildah_uses_bud() throws Exception {
    Run run = build(Map.of(), "--dry-run", "--skip-jar", "--tool", "buildah", "codex", "base");

    assertThat(run.code()).as(run.output()).isZero();
    assertThat(run.commands()).containsExactly(
        "buildah bud -f " + SCRIPT.getParent().resolve("base/Dockerfile") + " -t ghcr.io/agent-orchestrator/agent-base:0.1.0"
            + " --build-arg REGISTRY=ghcr.io/agent-orchestrator --build-arg TAG=0.1.0 --label " + INPUTS + " " + SCRIPT.getParent(),
        "buildah bud -f " + SCRIPT.getParent().resolve("codex/Dockerfile") + " -t ghcr.io/agent-orchestrator/agent-codex:0.1.0"
            + " --build-arg REGISTRY=ghcr.io/agent-orchestrator --build-arg TAG=0.1.0 --label " + INPUTS + " " + SCRIPT.getParent());
  }

  @Test
  void builds_the_operator_image_from_the_quarkus_application_under_the_charts_default_name() throws Exception {
    Run run = build(Map.of(), "--dry-run", "--tool", "docker", "operator");

    assertThat(run.code()).as(run.output()).isZero();
    Path repo = SCRIPT.getParent().getParent();
    assertThat(run.commands()).containsExactly(
        "mvn -B -q -f " + repo.resolve("pom.xml") + " -pl operator -am package -DskipTests",
        "docker build -f " + SCRIPT.getParent().resolve("operator/Dockerfile") + " -t ghcr.io/agent-orchestrator/operator:0.1.0"
            + " --build-arg REGISTRY=ghcr.io/agent-orchestrator --build-arg TAG=0.1.0 --label " + INPUTS + " "
            + repo.resolve("operator/target/quarkus-app"));
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
  void the_scripted_test_agent_is_named_agent_scripted() throws Exception {
    Run run = build(Map.of(), "--dry-run", "--skip-jar", "--tool", "podman", "scripted-agent");

    assertThat(run.code()).as(run.output()).isZero();
    assertThat(run.commands()).singleElement().asString()
        .contains("scripted-agent/Dockerfile -t ghcr.io/agent-orchestrator/agent-scripted:0.1.0");
  }

  /**
   * A fake podman that logs its arguments and answers {@code image inspect} with the label in
   * {@code label}, plus the few commands build.sh digests inputs with. No curl: every site counts
   * as reachable, so nothing is skipped for want of a network.
   */
  Path fakePodman(String curl) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : List.of("dirname", "sha256sum", "cut", "find", "sort", "awk", "unzip", "grep", "cat", "env", "xargs", "mkdir")) {
      for (String d : List.of("/usr/bin", "/bin")) {
        if (Files.isExecutable(Path.of(d, tool)) && !Files.exists(bin.resolve(tool))) {
          Files.createSymbolicLink(bin.resolve(tool), Path.of(d, tool));
        }
      }
    }
    Path podman = Files.writeString(bin.resolve("podman"), """
        #!/bin/sh
        echo "$*" >> "%1$s/podman.log"
        case "$1 $2 $3" in
          "image inspect --format") case "$4" in *dev.ao.build.inputs*) cat "%1$s/label" 2>/dev/null ;; *.Id*) echo sha256:base ;; esac ;;
        esac
        exit 0
        """.formatted(dir));
    podman.toFile().setExecutable(true);
    if (curl != null) {
      Path fake = Files.writeString(bin.resolve("curl"), "#!/bin/sh\n" + curl + "\n");
      fake.toFile().setExecutable(true);
    }
    return bin;
  }

  /**
   * A copy of runtime-images/ (build.sh, every Dockerfile and the files they copy) in a scratch
   * repository with small stand-ins for the runner jar and the operator's Quarkus application, so
   * real (non-dry) runs against the fake podman depend on nothing built elsewhere.
   */
  Path sandboxScript() throws Exception {
    Path images = Files.createDirectories(dir.resolve("repo/runtime-images"));
    Files.copy(SCRIPT, images.resolve("build.sh"));
    try (var dirs = Files.list(SCRIPT.getParent())) {
      for (Path d : dirs.filter(d -> Files.exists(d.resolve("Dockerfile"))).toList()) {
        Path target = Files.createDirectories(images.resolve(d.getFileName()));
        Files.copy(d.resolve("Dockerfile"), target.resolve("Dockerfile"));
      }
    }
    for (String file : List.of("base/ao-runner", "base/install-node.sh", "base/build-env.sh", "scripted-agent/scripted-agent")) {
      Files.copy(SCRIPT.getParent().resolve(file), images.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    jar(images.resolve("runner/target/ao-runner.jar"));
    Path app = dir.resolve("repo/operator/target/quarkus-app");
    for (String sub : List.of("lib", "quarkus", "app")) {
      Files.createDirectories(app.resolve(sub));
    }
    jar(app.resolve("quarkus-run.jar"));
    return images.resolve("build.sh");
  }

  private static void jar(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("Main.class"));
      zip.write(new byte[] {1, 2, 3});
      zip.closeEntry();
    }
  }

  List<String> podmanCalls(String prefix) throws Exception {
    Path log = dir.resolve("podman.log");
    List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
    Files.deleteIfExists(log);
    return calls.stream().filter(c -> c.startsWith(prefix)).toList();
  }

  @Test
  void an_image_whose_inputs_did_not_change_is_not_built_again_unless_forced() throws Exception {
    Map<String, String> env = Map.of("PATH", fakePodman(null).toString(), "LOCAL_BASE", "no",
        "AO_IMAGES_CACHE", dir.resolve("cache").toString());
    Path script = sandboxScript();

    Run first = build(script, env, "--skip-jar", "--tool", "podman", "scripted-agent");
    assertThat(first.code()).as(first.output()).isZero();
    List<String> builds = podmanCalls("build ");
    assertThat(builds).singleElement().asString().containsPattern("--label dev\\.ao\\.build\\.inputs=[0-9a-f]{64} ");
    String label = builds.get(0).replaceAll(".*--label dev\\.ao\\.build\\.inputs=([0-9a-f]{64}).*", "$1");

    Files.writeString(dir.resolve("label"), label);
    Run second = build(script, env, "--skip-jar", "--tool", "podman", "scripted-agent");
    assertThat(second.code()).as(second.output()).isZero();
    assertThat(podmanCalls("build ")).isEmpty();
    assertThat(second.output()).contains("up to date: ghcr.io/agent-orchestrator/agent-scripted:0.1.0");

    Run otherArgs = build(script, env, "--skip-jar", "--tool", "podman", "--build-arg", "X=1", "scripted-agent");
    assertThat(otherArgs.code()).as(otherArgs.output()).isZero();
    assertThat(podmanCalls("build ")).as("different build arguments are different inputs").hasSize(1);

    Run forced = build(script, env, "--skip-jar", "--tool", "podman", "--force", "scripted-agent");
    assertThat(forced.code()).as(forced.output()).isZero();
    assertThat(podmanCalls("build ")).hasSize(1);
  }

  @Test
  void without_pypi_the_default_set_skips_aider_with_a_reason_and_naming_it_fails() throws Exception {
    // A proxy refuses PyPI (403); nodejs.org answers, so Node.js keeps its default source.
    Map<String, String> env = Map.of("PATH", fakePodman("case \"$*\" in *pypi.org*) printf 403 ;; *) printf 200 ;; esac").toString(),
        "LOCAL_BASE", "no", "AO_IMAGES_CACHE", dir.resolve("cache").toString());
    Path script = sandboxScript();

    Run all = build(script, env, "--skip-jar", "--tool", "podman");
    assertThat(all.code()).as(all.output()).isZero();
    assertThat(all.output()).contains("skipping aider", "PyPI");
    List<String> builds = podmanCalls("build ");
    assertThat(builds).hasSize(5).noneMatch(c -> c.contains("aider"));
    assertThat(builds).noneMatch(c -> c.contains("NODE_SOURCE"));

    Run aider = build(script, env, "--skip-jar", "--tool", "podman", "aider");
    assertThat(aider.code()).isEqualTo(1);
    assertThat(aider.output()).contains("aider cannot be built here", "PyPI");
    assertThat(podmanCalls("build ")).isEmpty();
  }

  @Test
  void without_nodejs_org_the_node_images_use_debians_node() throws Exception {
    // nodejs.org does not resolve: curl prints 000 and fails.
    Map<String, String> env = Map.of("PATH", fakePodman("case \"$*\" in *nodejs.org*) printf 000; exit 6 ;; *) printf 200 ;; esac").toString(),
        "LOCAL_BASE", "no", "AO_IMAGES_CACHE", dir.resolve("cache").toString());

    Run run = build(sandboxScript(), env, "--skip-jar", "--tool", "podman", "base", "codex");
    assertThat(run.code()).as(run.output()).isZero();
    assertThat(run.output()).contains("nodejs.org is out of reach");
    List<String> builds = podmanCalls("build ");
    assertThat(builds).hasSize(2);
    assertThat(builds.get(0)).contains("base/Dockerfile").doesNotContain("NODE_SOURCE");
    assertThat(builds.get(1)).contains("codex/Dockerfile", "--build-arg NODE_SOURCE=debian");
  }

  @Test
  void rejects_unknown_tools_and_images() throws Exception {
    assertThat(build(Map.of(), "--dry-run", "--tool", "kaniko").code()).isEqualTo(2);
    Run unknown = build(Map.of(), "--dry-run", "--tool", "docker", "cursor");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.output()).contains("no image 'cursor'");
  }
}
