package dev.ao.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Starts the controllers once the cluster answers; exits with one clear line when it does not. */
@ApplicationScoped
public class OperatorStartup {
  private static final Logger LOG = Logger.getLogger(OperatorStartup.class);

  void onStart(@Observes StartupEvent event, Operator operator, KubernetesClient client) {
    String problem = ClusterPreflight.check(client);
    if (problem != null) {
      LOG.error(problem);
      Quarkus.asyncExit(1);
      return;
    }
    operator.start();
    LOG.infof("agent-orchestrator operator started against %s", client.getConfiguration().getMasterUrl());
  }
}
