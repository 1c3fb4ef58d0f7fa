package dev.ao.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionRestoreCommandTest {
  private CommandHarness ao;
  private Fixtures cluster;

  @BeforeEach
  void setUp() {
    ao = CommandHarness.withCluster();
    cluster = ao.fixtures();
    cluster.project("webapp", "web");
    cluster.session("web-1", "webapp", "42");
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @ParameterizedTest
  @EnumSource(value = SessionPhase.class, names = {"Errored", "Killed"})
  void should_set_the_restore_annotation_to_now(SessionPhase phase) {
    cluster.phase("web-1", phase);

    Result r = ao.run("session", "restore", "web-1");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String value = cluster.get("web-1").getMetadata().getAnnotations().get("agent-orchestrator.io/restore-requested-at");
    assertThat(value).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    assertThat(Duration.between(Instant.parse(value), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    assertThat(r.out()).contains("web-1 restore requested at " + value + " (was " + phase + ")");
  }

  @Test
  void should_refuse_a_session_that_is_not_errored_or_killed() {
    cluster.phase("web-1", SessionPhase.Working);

    Result r = ao.run("session", "restore", "web-1");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("Session web-1 is Working; only Errored or Killed Sessions can be restored.");
    assertThat(cluster.get("web-1").getMetadata().getAnnotations()).isNullOrEmpty();
  }

  @Test
  void should_fail_with_not_found_and_suggest_names() {
    Result r = ao.run("session", "restore", "web-11");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("Did you mean web-1?");
  }
}
