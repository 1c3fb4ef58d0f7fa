package dev.ao.operator.status;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a whole status with optimistic locking (PUT on the status subresource at the
 * resourceVersion the reconcile read). A diff-based patch computed from a stale cached copy could
 * splice old and new list entries together; a conflict here instead means "you decided on stale
 * data", and the caller simply reconciles again on the fresh object.
 */
@ApplicationScoped
public class StatusWriter {
  private final KubernetesClient client;

  public StatusWriter(KubernetesClient client) {
    this.client = client;
  }

  /** True when written; false when the object changed since it was read (409) or is gone (404). */
  public <R extends HasMetadata> boolean write(R withNewStatus) {
    try {
      client.resource(withNewStatus).updateStatus();
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409 || e.getCode() == 404) {
        return false;
      }
      throw e;
    }
  }
}
