package dev.ao.operator;

import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.agent.BuiltInAgentProfiles;
import dev.ao.operator.session.BranchRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the pure helpers the reconcilers share. */
public class OperatorBeans {
  @Produces
  @Singleton
  AgentResolver agentResolver(OperatorConfig config) {
    return new AgentResolver(BuiltInAgentProfiles.load(config.imageRegistry(), config.imageTag()));
  }

  @Produces
  @Singleton
  BranchRegistry branchRegistry() {
    return new BranchRegistry();
  }
}
