package dev.ao.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.operator.metrics.OperatorMetrics;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the Helm chart's AO_LEADER_ELECTION_* settings turn into for JOSDK. */
class LeaderElectionTest {
  private final OperatorMetrics metrics = new OperatorMetrics(Clock.systemUTC());

  @Test
  void should_not_elect_when_disabled_so_a_single_local_operator_reconciles_at_once() {
    assertThat(new LeaderElection().leaderElection(false, "ao-leader", Optional.empty(), true, metrics)).isNull();
    assertThat(metrics.leadership().isLeading()).isTrue();
  }

  @Test
  void should_use_the_lease_in_the_pods_namespace_and_report_leadership_in_the_metrics() {
    LeaderElectionConfiguration config = new LeaderElection().leaderElection(true, "ao-leader", Optional.of("ao-system"), true, metrics);

    assertThat(config.getLeaseName()).isEqualTo("ao-leader");
    assertThat(config.getLeaseNamespace()).contains("ao-system");
    // A replica that loses the lease exits and comes back as a standby rather than act on stale state.
    assertThat(config.isExitOnStopLeading()).isTrue();
    assertThat(metrics.scrape()).contains("ao_operator_leader 0.0");

    config.getLeaderCallbacks().orElseThrow().onStartLeading();
    assertThat(metrics.scrape()).contains("ao_operator_leader 1.0");
    config.getLeaderCallbacks().orElseThrow().onStopLeading();
    assertThat(metrics.leadership().isLeading()).isFalse();
  }
}
