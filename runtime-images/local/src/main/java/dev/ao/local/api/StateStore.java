package dev.ao.local.api;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves the API objects that must survive a restart of local mode (Projects, Sessions and what
 * they own, Secrets, namespaces) as one JSON list, and loads them back, status included. Pods are
 * not saved: their processes did not survive either, and the operator recreates the pods of
 * Sessions still in progress on their existing workspaces.
 */
final class StateStore {
  static final List<Class<? extends HasMetadata>> KINDS = List.of(Namespace.class, Secret.class, ConfigMap.class, ServiceAccount.class,
      Role.class, RoleBinding.class, PersistentVolumeClaim.class, Project.class, Session.class);
  private final Path file;

  StateStore(Path dir) {
    this.file = dir.resolve("objects.json");
  }

  void save(KubernetesClient client) {
    List<HasMetadata> all = new ArrayList<>();
    for (Class<? extends HasMetadata> kind : KINDS) {
      all.addAll(client.resources(kind).inAnyNamespace().list().getItems());
    }
    all.forEach(o -> {
      o.getMetadata().setResourceVersion(null);
      o.getMetadata().setManagedFields(null);
    });
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("objects.json.tmp");
      io.fabric8.kubernetes.api.model.KubernetesList list = new io.fabric8.kubernetes.api.model.KubernetesList();
      list.setItems(all);
      Files.writeString(tmp, client.getKubernetesSerialization().asJson(list));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Recreates the saved objects; returns how many. */
  int load(KubernetesClient client) {
    if (!Files.exists(file)) {
      return 0;
    }
    try {
      var json = client.getKubernetesSerialization().convertValue(
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(file)).path("items"), List.class);
      int n = 0;
      for (Object item : json) {
        GenericKubernetesResource o = client.getKubernetesSerialization().convertValue(item, GenericKubernetesResource.class);
        HasMetadata created;
        try {
          created = client.resource(o).create();
        } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
          if (e.getCode() == 409) {
            continue; // created at startup (the default namespace)
          }
          throw e;
        }
        if (o.getAdditionalProperties().containsKey("status")) {
          o.getMetadata().setResourceVersion(created.getMetadata().getResourceVersion());
          client.resource(o).updateStatus();
        }
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
