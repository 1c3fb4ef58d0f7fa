package dev.ao.operator.session;

import dev.ao.operator.Names;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;

/** Desired workspace PVC: one ReadWriteOnce volume per Session, sized and classed by the Project. */
public final class WorkspacePvcFactory {
  private WorkspacePvcFactory() {}

  public static PersistentVolumeClaim desired(SessionPlan plan) {
    return new PersistentVolumeClaimBuilder()
        .withMetadata(OwnedObjects.metadata(plan.session(), Names.workspacePvc(plan.session()), Names.COMPONENT_WORKSPACE))
        .withNewSpec()
        .withAccessModes("ReadWriteOnce")
        .withStorageClassName(plan.storageClassName())
        .withNewResources()
        .addToRequests("storage", new Quantity(plan.workspaceSize()))
        .endResources()
        .endSpec()
        .build();
  }
}
