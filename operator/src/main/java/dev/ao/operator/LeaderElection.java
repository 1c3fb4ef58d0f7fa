package dev.ao.operator;

import dev.ao.operator.metrics.Leadership;
import dev.ao.operator.metrics.OperatorMetrics;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leader election for HA replicas (the Helm chart turns it on with AO_LEADER_ELECTION_ENABLED).
 * QOSDK looks this bean up only in the profiles of
 * {@code quarkus.operator-sdk.activate-leader-election-for-profiles} (prod); a null bean means "no
 * leader election", which is what local runs and tests get. Every replica starts its informers;
 * only the lease holder processes events, so a standby takes over with warm caches.
 */
public class LeaderElection {
  @Produces
  @Dependent
  LeaderElectionConfiguration leaderElection(
      @ConfigProperty(name = "ao.leader-election.enabled", defaultValue = "false") boolean enabled,
      @ConfigProperty(name = "ao.leader-election.lease-name", defaultValue = "agent-orchestrator-operator") String leaseName,
      @ConfigProperty(name = "ao.leader-election.lease-namespace") Optional<String> leaseNamespace,
      @ConfigProperty(name = "ao.leader-election.exit-on-lost-lease", defaultValue = "true") boolean exitOnLostLease,
      OperatorMetrics metrics) {
    if (!enabled) {
      return null;
    }
    // A replica that loses the lease exits and comes back as a standby rather than act on stale state.
    // (Only tests that boot several operators in one JVM turn this off.)
    return configuration(leaseName, leaseNamespace, metrics.leadership()).withExitOnStopLeading(exitOnLostLease).build();
  }

  /**
   * The lease settings and the callbacks that report leadership. JOSDK's LeaderElectionManager runs
   * these callbacks and then its own (start event processing on winning the lease; exit on losing
   * it): they add to JOSDK's, they do not replace them.
   */
  public static LeaderElectionConfigurationBuilder configuration(String leaseName, Optional<String> leaseNamespace, Leadership leadership) {
    leadership.standby();
    LeaderElectionConfigurationBuilder config = LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(leaseName)
        .withLeaderCallbacks(new LeaderCallbacks(leadership::startedLeading, leadership::stoppedLeading, leader -> {}));
    // In a pod the chart passes the namespace from the downward API; otherwise the client's namespace is used.
    leaseNamespace.filter(ns -> !ns.isBlank()).ifPresent(config::withLeaseNamespace);
    return config;
  }
}
