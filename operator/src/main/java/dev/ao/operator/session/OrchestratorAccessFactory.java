package dev.ao.operator.session;

import dev.ao.api.ApiGroup;
import dev.ao.operator.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.List;

/**
 * Desired API access of an orchestrator Session: a ServiceAccount bound to a Role that can manage
 * Sessions in its namespace and read Projects (spawning needs the Project's prefix and defaults),
 * and nothing else. Worker Sessions get no API access at all.
 */
public final class OrchestratorAccessFactory {
  private OrchestratorAccessFactory() {}

  public static String accountName(SessionPlan plan) {
    return Names.orchestratorAccount(plan.session());
  }

  public static List<HasMetadata> desired(SessionPlan plan) {
    String name = accountName(plan);
    var sa = new ServiceAccountBuilder()
        .withMetadata(OwnedObjects.metadata(plan.session(), name, Names.COMPONENT_ORCHESTRATOR))
        .withAutomountServiceAccountToken(true)
        .build();
    var role = new RoleBuilder()
        .withMetadata(OwnedObjects.metadata(plan.session(), name, Names.COMPONENT_ORCHESTRATOR))
        .withRules(
            new PolicyRuleBuilder().withApiGroups(ApiGroup.GROUP).withResources("sessions")
                .withVerbs("get", "list", "watch", "create", "patch", "update", "delete").build(),
            new PolicyRuleBuilder().withApiGroups(ApiGroup.GROUP).withResources("sessions/status").withVerbs("get").build(),
            new PolicyRuleBuilder().withApiGroups(ApiGroup.GROUP).withResources("projects").withVerbs("get", "list").build())
        .build();
    var binding = new RoleBindingBuilder()
        .withMetadata(OwnedObjects.metadata(plan.session(), name, Names.COMPONENT_ORCHESTRATOR))
        .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role").withName(name).endRoleRef()
        .addNewSubject().withKind("ServiceAccount").withName(name).withNamespace(plan.namespace()).endSubject()
        .build();
    return List.of(sa, role, binding);
  }
}
