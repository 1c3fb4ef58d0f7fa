package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionCommandTest {
  @Test
  void should_print_the_cli_version_and_the_crd_versions_in_the_cluster() {
    try (CommandHarness ao = CommandHarness.withCluster()) {
      CustomResourceDefinition crd = ao.client().apiextensions().v1().customResourceDefinitions()
          .withName("sessions.agent-orchestrator.io").get();
      crd.getMetadata().setLabels(Map.of("app.kubernetes.io/version", "0.1.0"));
      ao.client().apiextensions().v1().customResourceDefinitions().resource(crd).update();

      Result r = ao.run("version");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).matches("(?s)ao CLI:\\s+\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(API agent-orchestrator.io/v1alpha1, Java 17.*\\)\n.*")
          .contains("API server:  http://localhost:", "(context test)",
              "CRD sessions.agent-orchestrator.io: v1alpha1 (storage v1alpha1), labels app.kubernetes.io/version=0.1.0",
              "CRD projects.agent-orchestrator.io: v1alpha1 (storage v1alpha1)");
    }
  }

  @Test
  void should_say_not_installed_when_the_crds_are_absent() {
    try (CommandHarness ao = CommandHarness.withoutCrds()) {
      Result r = ao.run("version");

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("CRD sessions.agent-orchestrator.io: not installed", "CRD projects.agent-orchestrator.io: not installed");
    }
  }

  @Test
  void should_print_json_and_yaml() {
    try (CommandHarness ao = CommandHarness.withCluster()) {
      Result json = ao.run("version", "-o", "json");
      assertThat(json.out()).contains("\"client\" : {", "\"servedVersions\" : [ \"v1alpha1\" ]", "\"installed\" : true");

      Result yaml = ao.run("version", "-o", "yaml", "--client");
      assertThat(yaml.out()).contains("client:", "apiVersion: \"agent-orchestrator.io/v1alpha1\"").doesNotContain("cluster:");
    }
  }

  @Test
  void should_print_the_cli_version_even_when_the_cluster_is_unreachable() {
    try (CommandHarness ao = CommandHarness.withoutKubeconfig()) {
      Result r = ao.run("version");

      assertThat(r.exitCode()).isEqualTo(ExitCodes.CLUSTER_ERROR);
      assertThat(r.out()).startsWith("ao CLI:");
      assertThat(r.err()).contains("No kubeconfig found");
    }
  }
}
