package dev.ao.cli.manifest;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.Environment;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies what `ao init --apply` made, without server-side apply (plain create or update works on
 * every API server): the Project is created or its spec replaced; a missing Secret is created from
 * the environment variables that hold its values, and an existing Secret is never touched.
 */
public final class ManifestApplier {
  private ManifestApplier() {}

  /** "created" or "updated". */
  public static String applyProject(Cluster cluster, Project project) {
    Project existing = cluster.projects().withName(project.getMetadata().getName()).get();
    if (existing == null) {
      cluster.projects().resource(project).create();
      return "created";
    }
    existing.setSpec(project.getSpec());
    cluster.projects().resource(existing).update();
    return "updated";
  }

  /** One line saying what happened to the Secret; values are never part of it. */
  public static String applySecret(Cluster cluster, SecretPlan plan, Environment env) {
    Secret existing = cluster.client().secrets().inNamespace(cluster.namespace()).withName(plan.name()).get();
    if (existing != null) {
      return "Secret " + plan.name() + " exists; left as is";
    }
    List<String> missing = plan.keySources().values().stream().filter(v -> env.get(v).isEmpty()).sorted().toList();
    if (!missing.isEmpty()) {
      return "Secret " + plan.name() + " is missing and $" + String.join(", $", missing) + " not set; create it with: "
          + plan.kubectlCreate(cluster.namespace());
    }
    Map<String, String> data = new LinkedHashMap<>();
    plan.keySources().forEach((key, var) -> data.put(key, env.get(var).orElseThrow()));
    cluster.client().secrets().inNamespace(cluster.namespace()).resource(new SecretBuilder()
        .withNewMetadata().withName(plan.name()).withNamespace(cluster.namespace()).endMetadata()
        .withType("Opaque")
        .withStringData(data)
        .build()).create();
    return "Secret " + plan.name() + " created from $" + String.join(", $", plan.keySources().values().stream().sorted().toList())
        + " (values not shown)";
  }
}
