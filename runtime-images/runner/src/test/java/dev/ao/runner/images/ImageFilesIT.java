package dev.ao.runner.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The image definitions are consistent with the repository. An IT because the base image copies
 * the packaged runner jar, which exists only after {@code package}.
 */
class ImageFilesIT {
  static final Path IMAGES = Path.of("..").toAbsolutePath().normalize();
  static final List<String> BUILT_IN_PROFILES = List.of("claude-code", "codex", "aider", "opencode");
  static final Pattern AGENT_IMAGE = Pattern.compile("^ghcr\\.io/agent-orchestrator/agent-([a-z0-9-]+):0\\.1\\.0$");

  @Test
  void every_copied_file_exists_in_the_build_context_and_is_not_ignored() throws IOException {
    List<String> kept = Files.readAllLines(IMAGES.resolve(".dockerignore")).stream()
        .filter(line -> line.startsWith("!")).map(line -> line.substring(1)).toList();
    for (Dockerfile dockerfile : dockerfiles()) {
      if (isOperator(dockerfile)) {
        continue; // built from operator/target/quarkus-app, see the next test
      }
      for (String source : dockerfile.copySources()) {
        assertThat(IMAGES.resolve(source)).as("%s copies %s", dockerfile.path(), source).exists();
        assertThat(kept).as(".dockerignore keeps %s", source).anyMatch(source::startsWith);
      }
    }
  }

  @Test
  void the_operator_image_copies_exactly_the_quarkus_fast_jar_layout_build_sh_uses_as_its_context() throws IOException {
    Dockerfile operator = dockerfiles().stream().filter(ImageFilesIT::isOperator).findFirst().orElseThrow();
    assertThat(operator.copySources()).containsExactlyInAnyOrder("lib/", "quarkus/", "app/", "quarkus-run.jar");
    assertThat(Files.readString(IMAGES.resolve("build.sh"))).contains("operator/target/quarkus-app");
  }

  private static boolean isOperator(Dockerfile d) {
    return d.path().getParent().getFileName().toString().equals("operator");
  }

  @Test
  void every_base_image_is_debian_slim_or_an_image_built_here() throws IOException {
    for (Dockerfile dockerfile : dockerfiles()) {
      String from = dockerfile.from();
      Matcher agent = AGENT_IMAGE.matcher(from);
      if (agent.matches()) {
        assertThat(IMAGES.resolve(agent.group(1)).resolve("Dockerfile")).as("%s builds FROM %s", dockerfile.path(), from)
            .exists();
      } else {
        assertThat(from).as(dockerfile.path().toString()).matches("debian:[a-z]+-slim");
      }
    }
  }

  @Test
  void every_built_in_agent_profile_has_its_image_here() throws IOException {
    List<String> names = new ArrayList<>(BUILT_IN_PROFILES);
    // The operator's profile list, when present, must not name an image this directory lacks.
    Path operatorProfiles = IMAGES.resolveSibling("operator/src/main/resources/builtin-agent-profiles.yaml");
    if (Files.exists(operatorProfiles)) {
      Matcher m = Pattern.compile("/agent-([a-z0-9-]+):").matcher(Files.readString(operatorProfiles));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    for (String name : names) {
      Dockerfile dockerfile = Dockerfile.read(IMAGES.resolve(name).resolve("Dockerfile"));
      assertThat(dockerfile.from()).isEqualTo("ghcr.io/agent-orchestrator/agent-base:0.1.0");
      assertThat(dockerfile.matching("USER ")).last().isEqualTo("USER 10001:10001");
    }
  }

  @Test
  void build_sh_knows_every_image_directory_and_the_scripted_agent_is_executable() throws IOException {
    Matcher known = Pattern.compile("(?m)^all_images=\\(([^)]*)\\)").matcher(Files.readString(IMAGES.resolve("build.sh")));
    assertThat(known.find()).isTrue();
    List<String> dirs = dockerfiles().stream().map(d -> d.path().getParent().getFileName().toString()).toList();
    assertThat(List.of(known.group(1).trim().split("\\s+"))).containsExactlyInAnyOrderElementsOf(dirs);
    assertThat(Files.isExecutable(IMAGES.resolve("scripted-agent/scripted-agent"))).isTrue();
    assertThat(Files.isExecutable(IMAGES.resolve("local-base.sh"))).isTrue();
  }

  @Test
  void agent_clis_are_pinned_to_a_version() throws IOException {
    assertPinned("claude-code", "CLAUDE_CODE_VERSION", "\"@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION}\"");
    assertPinned("codex", "CODEX_VERSION", "\"@openai/codex@${CODEX_VERSION}\"");
    assertPinned("opencode", "OPENCODE_VERSION", "\"opencode-ai@${OPENCODE_VERSION}\"");
    assertPinned("aider", "AIDER_VERSION", "\"aider-chat==${AIDER_VERSION}\"");
  }

  @Test
  void the_base_image_runs_the_runner_as_uid_10001_in_workspace() throws IOException {
    Dockerfile base = Dockerfile.read(IMAGES.resolve("base/Dockerfile"));
    assertThat(base.text())
        .contains("COPY runner/target/ao-runner.jar /opt/ao/ao-runner.jar")
        .contains("COPY base/ao-runner /usr/local/bin/ao-runner")
        .contains("useradd --uid 10001")
        .contains("WORKDIR /workspace");
    String install = base.matching("RUN ").stream().filter(r -> r.contains("apt-get install")).findFirst().orElseThrow();
    assertThat(List.of(install.split("\\s+"))).contains("git", "tmux", "openjdk-17-jre-headless");
    assertThat(base.matching("USER ")).containsExactly("USER 10001:10001");
    assertThat(base.matching("ENTRYPOINT ")).singleElement().asString().contains("/usr/local/bin/ao-runner");
    assertThat(Files.isExecutable(IMAGES.resolve("base/ao-runner"))).isTrue();
  }

  private static void assertPinned(String image, String arg, String installed) throws IOException {
    Dockerfile dockerfile = Dockerfile.read(IMAGES.resolve(image).resolve("Dockerfile"));
    assertThat(dockerfile.matching("ARG " + arg + "=")).singleElement().asString()
        .matches("ARG " + arg + "=\\d+\\.\\d+\\.\\d+");
    assertThat(dockerfile.text()).contains(installed);
  }

  private static List<Dockerfile> dockerfiles() throws IOException {
    List<Dockerfile> files = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(IMAGES)) {
      for (Path dir : dirs.sorted().toList()) {
        if (Files.exists(dir.resolve("Dockerfile"))) {
          files.add(Dockerfile.read(dir.resolve("Dockerfile")));
        }
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    return files;
  }
}
