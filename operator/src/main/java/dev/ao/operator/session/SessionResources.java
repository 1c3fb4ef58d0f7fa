package dev.ao.operator.session;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.WorkspaceSpec;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.operator.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The only place that writes a Session's owned objects. Creates what is missing from the desired
 * state (never rewrites a running Pod or an issued token), stops pods, and cleans up on deletion.
 */
@ApplicationScoped
public class SessionResources {
  private static final Logger LOG = Logger.getLogger(SessionResources.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KubernetesClient client;

  public SessionResources(KubernetesClient client) {
    this.client = client;
  }

  /** Creates the runner Secret, workspace PVC and agent Pod where the cache shows none. */
  public void ensure(SessionPlan plan, Optional<Secret> secret, Optional<PersistentVolumeClaim> pvc, Optional<Pod> pod) {
    if (secret.isEmpty()) {
      createIfAbsent(RunnerSecretFactory.desired(plan, newToken()));
    }
    if (pvc.isEmpty()) {
      createIfAbsent(WorkspacePvcFactory.desired(plan));
    }
    if (pod.isEmpty()) {
      if (AgentPodFactory.orchestrator(plan)) {
        OrchestratorAccessFactory.desired(plan).forEach(this::createIfAbsent);
      }
      createIfAbsent(AgentPodFactory.desired(plan));
    }
  }

  /** Deletes the agent Pod, keeping the workspace and token (Done, or before a restore). */
  public void stopPod(Session session) {
    client.pods().inNamespace(session.getMetadata().getNamespace()).withName(Names.agentPod(session)).delete();
  }

  /**
   * The work is finished (PR merged or closed, issue completed): the agent pod stops; the workspace
   * is deleted unless the Project retains workspaces. The token Secret stays until the Session goes.
   * Returns whether the workspace was kept.
   */
  public boolean finish(Session session, Project project) {
    stopPod(session);
    if (keepWorkspace(session, project)) {
      return true;
    }
    client.persistentVolumeClaims().inNamespace(session.getMetadata().getNamespace()).withName(Names.workspacePvc(session)).delete();
    return false;
  }

  /**
   * On Session deletion: Pod and token go; the workspace goes too unless the Project retains
   * workspaces or the Session was killed with --keep-workspace, in which case it is orphaned (its
   * ownerReference removed) so garbage collection keeps it.
   */
  public void cleanup(Session session, Project project) {
    String ns = session.getMetadata().getNamespace();
    client.pods().inNamespace(ns).withName(Names.agentPod(session)).delete();
    client.secrets().inNamespace(ns).withName(Names.runnerSecret(session)).delete();
    String account = Names.orchestratorAccount(session);
    client.rbac().roleBindings().inNamespace(ns).withName(account).delete();
    client.rbac().roles().inNamespace(ns).withName(account).delete();
    client.serviceAccounts().inNamespace(ns).withName(account).delete();
    var pvc = client.persistentVolumeClaims().inNamespace(ns).withName(Names.workspacePvc(session));
    if (keepWorkspace(session, project)) {
      PersistentVolumeClaim existing = pvc.get();
      if (existing != null) {
        pvc.edit(
            p -> {
              p.getMetadata().setOwnerReferences(null);
              p.getMetadata().getLabels().put(ApiGroup.GROUP + "/retained", "true");
              return p;
            });
        LOG.infof("kept workspace %s/%s of deleted Session %s", ns, existing.getMetadata().getName(), session.getMetadata().getName());
      }
    } else {
      pvc.delete();
    }
  }

  static boolean keepWorkspace(Session session, Project project) {
    var annotations = session.getMetadata().getAnnotations();
    if (annotations != null && "true".equalsIgnoreCase(annotations.get(ApiGroup.ANNOTATION_KEEP_WORKSPACE))) {
      return true;
    }
    return project != null
        && project.getSpec() != null
        && project.getSpec().workspace != null
        && project.getSpec().workspace.retentionOrDefault() == WorkspaceSpec.Retention.RETAIN;
  }

  private void createIfAbsent(HasMetadata desired) {
    try {
      client.resource(desired).create();
    } catch (KubernetesClientException e) {
      // 409: created by an earlier reconcile whose event has not reached the cache yet.
      if (e.getCode() != 409) {
        throw e;
      }
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
