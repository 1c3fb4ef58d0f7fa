package dev.ao.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wall time of `ao` commands as a user runs them: a fresh JVM per command (`java -jar ao.jar`),
 * end to end, against a test API server holding 1,000 Sessions, with and without the launcher's
 * JVM options and the class-data-sharing archive. Run: StartupBenchmark <ao.jar> <ao.jsa> [runs].
 */
public final class StartupBenchmark {
  /** One way of starting the JVM. */
  record Variant(String name, List<String> options) {}

  /** Median and best wall time of one command under one variant. */
  record Timing(String command, String variant, long medianMillis, long bestMillis) {}

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Timing> timings = run(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5);
    timings.forEach(t -> System.out.println(line(t)));
  }

  static String line(Timing t) {
    return String.format("[startup] %-34s %-28s median %5d ms   best %5d ms", t.command(), t.variant(), t.medianMillis(), t.bestMillis());
  }

  static List<Timing> run(Path jar, Path jsa, int runs) throws Exception {
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant("java -jar (defaults)", List.of()));
    variants.add(new Variant("C1 + SerialGC", CdsArchiveMain.LAUNCHER_OPTIONS));
    if (Files.isRegularFile(jsa)) {
      List<String> cds = new ArrayList<>(CdsArchiveMain.LAUNCHER_OPTIONS);
      cds.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
      variants.add(new Variant("C1 + SerialGC + AppCDS (bin/ao)", cds));
    }
    Map<String, String[]> commands = new LinkedHashMap<>();
    commands.put("ao version --client (no cluster)", new String[] {"version", "--client"});
    commands.put("ao version (reads the CRDs)", new String[] {"version"});
    commands.put("ao status, 5 Sessions", new String[] {"status", "-n", "small"});
    commands.put("ao status, 1,000 Sessions", new String[] {"status"});
    List<Timing> timings = new ArrayList<>();
    try (BenchCluster cluster = new BenchCluster().populate(1000)) {
      small(cluster);
      Path kubeconfig = cluster.kubeconfig(Files.createTempDirectory("ao-bench"));
      for (Map.Entry<String, String[]> c : commands.entrySet()) {
        for (Variant v : variants) {
          timings.add(time(c.getKey(), v, JvmRun.java(jar, v.options(), c.getValue()), kubeconfig, runs));
        }
      }
    }
    return timings;
  }

  private static Timing time(String command, Variant v, List<String> argv, Path kubeconfig, int runs) throws Exception {
    JvmRun.of(argv, kubeconfig); // warms the OS file cache, as any second run of a command would be
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      JvmRun run = JvmRun.of(argv, kubeconfig);
      if (run.exitCode() != 0) {
        throw new IllegalStateException(String.join(" ", argv) + " exited " + run.exitCode() + ": " + run.out());
      }
      millis.add(run.millis());
    }
    millis.sort(null);
    return new Timing(command, v.name(), millis.get(millis.size() / 2), millis.get(0));
  }

  /** Namespace small: five Sessions, the everyday case. */
  private static void small(BenchCluster cluster) {
    for (int i = 1; i <= 5; i++) {
      dev.ao.api.v1alpha1.session.Session s = new dev.ao.api.v1alpha1.session.Session();
      s.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("s-" + i).withNamespace("small").build());
      s.setSpec(new dev.ao.api.v1alpha1.session.SessionSpec());
      s.getSpec().project = "webapp";
      s.getSpec().issue = String.valueOf(i);
      cluster.client().resources(dev.ao.api.v1alpha1.session.Session.class).inNamespace("small").resource(s).create();
    }
  }
}
