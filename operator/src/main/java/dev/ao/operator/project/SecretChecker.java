package dev.ao.operator.project;

import dev.ao.api.v1alpha1.project.Project;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that the Secrets a Project references exist and hold the referenced keys. Reads them by
 * name (a few GETs per Project per minute) rather than caching every Secret in the namespace.
 * Never reads or reports a value.
 */
@ApplicationScoped
public class SecretChecker {
  private final KubernetesClient client;

  public SecretChecker(KubernetesClient client) {
    this.client = client;
  }

  public List<String> problems(Project project) {
    String ns = project.getMetadata().getNamespace();
    Map<String, Secret> fetched = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (SecretReferences.Ref ref : SecretReferences.of(project.getSpec())) {
      String name = ref.secret().name;
      Secret secret = fetched.computeIfAbsent(name, n -> client.secrets().inNamespace(ns).withName(n).get());
      String key = ref.secret().keyOrDefault();
      if (secret == null) {
        problems.add(
            ref.field() + ": Secret \"" + name + "\" not found in namespace " + ns + "; create it with"
                + " kubectl create secret generic " + name + " -n " + ns + " --from-literal=" + key + "=<value>");
      } else if (!hasKey(secret, key)) {
        problems.add(ref.field() + ": Secret \"" + name + "\" has no key \"" + key + "\"; add it or set the key field");
      }
    }
    return problems;
  }

  private static boolean hasKey(Secret s, String key) {
    return (s.getData() != null && s.getData().containsKey(key)) || (s.getStringData() != null && s.getStringData().containsKey(key));
  }
}
