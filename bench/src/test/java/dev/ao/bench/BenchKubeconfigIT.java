package dev.ao.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.bench.kube.BenchObjects;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The smoke run against a real API server, when one is given: {@code mvn -pl bench verify
 * -Dao.bench.kubeconfig=DIR/kubeconfig} after {@code bench/real-apiserver.sh start DIR}. Skipped otherwise (the default
 * build has no API server). Checks what the mock cannot: the operator's writes pass a real API server's validation,
 * the API server's request counts are read, and the run's namespace is gone afterwards.
 */
class BenchKubeconfigIT {
  private static final int SESSIONS = 10;
  private static final int REPOS = 2;

  @Test
  void should_run_against_the_kubeconfigs_cluster_and_leave_no_namespace_behind() throws Exception {
    String kubeconfig = System.getProperty("ao.bench.kubeconfig", "");
    assumeTrue(!kubeconfig.isBlank(), "no -Dao.bench.kubeconfig=PATH: no real API server to run against");
    Path target = Path.of("target", "bench-kubeconfig").toAbsolutePath();
    Path results = target.resolve("results");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    int exit;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      exit = new CommandLine(new BenchMain()).execute("--api", "kubeconfig", "--kubeconfig", kubeconfig, "--modes", "shared",
          "--sessions", "" + SESSIONS, "--repos", "" + REPOS, "--poll-interval", "2", "--change-rate", "2", "--load-seconds", "8",
          "--quiet-cycles", "2", "--quiet-seconds", "4", "--results", results.toString(), "--work-dir", target.resolve("work").toString(),
          "--operator-jvm", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    } finally {
      System.setOut(stdout);
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    stdout.println(output);

    assertThat(exit).as(output).isZero();
    assertThat(output).contains("Kubernetes API (kubeconfig): kube-apiserver v");
    JsonNode shared = new ObjectMapper().readTree(Files.readString(results.resolve("sessions-" + SESSIONS + "-repos-" + REPOS + "-kubeconfig.json")))
        .path("modes").path(0);
    assertThat(shared.path("changesMissed").asInt()).isZero();
    assertThat(shared.path("reconcileFailures").asLong()).as("writes a real API server rejects (see the operator log)").isZero();
    assertThat(shared.path("spawnMillis").path("count").asInt()).isEqualTo(SESSIONS);
    assertThat(shared.path("apiLoad").path("writes").asDouble()).as("status writes under changes").isPositive();
    assertThat(shared.path("apiLoad").path("serverCores").asDouble()).as("the API server's own CPU, from its /metrics").isPositive();
    String namespace = output.replaceAll("(?s).*namespace (ao-bench-[a-z0-9]+).*", "$1");
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(Path.of(kubeconfig).toFile())).build()) {
      assertThat(client.namespaces().withName(namespace).get()).as("the run's namespace " + namespace + " is deleted").isNull();
      assertThat(client.namespaces().withLabel(BenchObjects.RUN_LABEL).list().getItems()).extracting(n -> n.getMetadata().getName())
          .doesNotContain(namespace);
    }
  }
}
