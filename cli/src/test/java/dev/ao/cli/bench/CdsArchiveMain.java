package dev.ao.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (package phase, after the jar is shaded): trains the class-data-sharing archive
 * target/ao.jsa by running `ao status` once against a test API server with -XX:ArchiveClassesAtExit,
 * so the archive holds what a real command loads (picocli, the HTTP client, Jackson, the models).
 * A failure only costs start-up time, so it warns instead of failing the build.
 */
public final class CdsArchiveMain {
  /** The launcher's options; the archive is made with the same ones it is used with. */
  static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");

  private CdsArchiveMain() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path jsa = Path.of(args[1]);
    Files.deleteIfExists(jsa);
    try (BenchCluster cluster = new BenchCluster().populate(20)) {
      Path kubeconfig = cluster.kubeconfig(jsa.getParent());
      List<String> options = new java.util.ArrayList<>(LAUNCHER_OPTIONS);
      options.add("-XX:ArchiveClassesAtExit=" + jsa);
      options.add("-Xlog:cds=off");
      options.add("-Xlog:cds+dynamic=off");
      JvmRun run = JvmRun.of(JvmRun.java(jar, options, "status"), kubeconfig);
      if (run.exitCode() != 0 || !Files.isRegularFile(jsa)) {
        System.out.println("[cds] WARNING: no class-data-sharing archive (exit " + run.exitCode() + "): " + run.out());
        return;
      }
      System.out.println("[cds] trained " + jsa + " (" + Files.size(jsa) / 1024 + " KiB) with `ao status` in " + run.millis() + " ms");
    } catch (RuntimeException e) {
      System.out.println("[cds] WARNING: no class-data-sharing archive: " + e);
      e.printStackTrace(System.out);
    }
  }
}
