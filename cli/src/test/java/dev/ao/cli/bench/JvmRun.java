package dev.ao.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One `ao` process, timed from start to exit, with its output kept for checking. */
record JvmRun(int exitCode, long millis, String out) {
  static JvmRun of(List<String> argv, Path kubeconfig) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("KUBECONFIG", kubeconfig.toString());
    env.remove("JAVA_TOOL_OPTIONS");
    long start = System.nanoTime();
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    int code = p.waitFor();
    return new JvmRun(code, (System.nanoTime() - start) / 1_000_000, out);
  }

  static List<String> java(Path jar, List<String> jvmOptions, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.addAll(jvmOptions);
    argv.add("-jar");
    argv.add(jar.toString());
    argv.addAll(List.of(args));
    return argv;
  }
}
