package dev.ao.api.crd;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build writes generated files and where their checked-in copies live. Surefire passes the
 * directories as system properties; running from the IDE in the crds module works without them.
 */
final class RepoFiles {
  /** The command that regenerates and copies everything these tests compare. */
  static final String REFRESH_COMMAND = "crds/sync-crds.sh";

  private RepoFiles() {}

  static Path repoRoot() {
    return Path.of(System.getProperty("ao.repo.root", "..")).toAbsolutePath().normalize();
  }

  static Path examples() {
    return existing(repoRoot().resolve("examples"));
  }

  /** The CRDs as the build generated them (exec-maven-plugin, phase process-test-classes). */
  static Path generatedCrd(String plural) {
    return existing(buildDir().resolve("classes/META-INF/fabric8/" + plural + ".agent-orchestrator.io-v1.yml"));
  }

  /** The copies Helm installs and {@code kubectl apply -f helm/agent-orchestrator/crds/} applies. */
  static Path checkedInCrd(String plural) {
    return repoRoot().resolve("helm/agent-orchestrator/crds/" + plural + ".agent-orchestrator.io.yaml");
  }

  static Path generatedReference() {
    return existing(buildDir().resolve(CrdReferenceMain.OUTPUT_IN_BUILD_DIR));
  }

  static Path checkedInReference() {
    return repoRoot().resolve("docs/reference/crds.md");
  }

  private static Path buildDir() {
    return Path.of(System.getProperty("ao.generated.dir", "target")).toAbsolutePath().normalize();
  }

  private static Path existing(Path p) {
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + " does not exist; build the crds module first: " + REFRESH_COMMAND);
    }
    return p;
  }
}
