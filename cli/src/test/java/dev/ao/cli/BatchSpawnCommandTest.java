package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchSpawnCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
    cluster.session("web-1", "webapp", "42");
    cluster.phase("web-1", SessionPhase.Working);
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_create_one_session_per_issue_and_skip_duplicates() {
    Result r = ao.run("batch-spawn", "webapp", "41", "42", "ENG-5", "#41", "eng-5");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains(
        "session.agent-orchestrator.io/web-2 created for issue 41",
        "skipped 42: web-1 is already on it (Working)",
        "session.agent-orchestrator.io/web-3 created for issue ENG-5",
        "skipped #41: same issue as 41 in this batch",
        "skipped eng-5: same issue as ENG-5 in this batch",
        "2 created, 3 skipped.");
    assertThat(names()).containsExactlyInAnyOrder("web-1", "web-2", "web-3");
    assertThat(cluster.get("web-3").getSpec().issue).isEqualTo("ENG-5");
  }

  @Test
  void should_print_only_the_created_names_with_o_name() {
    Result r = ao.run("batch-spawn", "webapp", "42", "43", "-o", "name");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("session.agent-orchestrator.io/web-2\n");
    assertThat(r.err()).contains("skipped 42");
  }

  @Test
  void should_create_nothing_when_any_issue_is_invalid() {
    Result r = ao.run("batch-spawn", "webapp", "43", "not an issue", "44");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("Some issues are invalid; nothing was created:",
        "not an issue: spec.issue: Invalid value \"not an issue\"");
    assertThat(names()).containsExactly("web-1");
  }

  @Test
  void should_fail_with_not_found_for_an_unknown_project() {
    Result r = ao.run("batch-spawn", "nope", "1");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("No Project \"nope\"", "existing Projects: webapp");
  }

  private List<String> names() {
    return ao.client().resources(Session.class).inNamespace(CommandHarness.NAMESPACE).list().getItems().stream()
        .map(s -> s.getMetadata().getName()).toList();
  }
}
