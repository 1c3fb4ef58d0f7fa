package dev.ao.operator.session;

import dev.ao.api.ApiGroup;
import dev.ao.api.v1alpha1.session.Session;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import dev.ao.operator.Names;

/** Metadata shared by every object a Session owns: name, labels, controller ownerReference. */
final class OwnedObjects {
  private OwnedObjects() {}

  static ObjectMeta metadata(Session s, String name, String component) {
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(s.getMetadata().getNamespace())
        .withLabels(Names.labels(s, component))
        .withOwnerReferences(ownerReference(s))
        .build();
  }

  static OwnerReference ownerReference(Session s) {
    return new OwnerReferenceBuilder()
        .withApiVersion(ApiGroup.API_VERSION)
        .withKind("Session")
        .withName(s.getMetadata().getName())
        .withUid(s.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
