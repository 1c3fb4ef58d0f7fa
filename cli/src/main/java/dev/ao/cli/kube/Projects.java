package dev.ao.cli.kube;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import java.util.List;

/** Reading Projects; an unknown name is answered with the Projects that do exist. */
public final class Projects {
  private Projects() {}

  public static Project get(Cluster cluster, String name) {
    Project project = cluster.projects().withName(name).get();
    if (project == null) {
      throw notFound(cluster, name);
    }
    return project;
  }

  /** The Project named, or the only one in the namespace when none is named. */
  public static Project getOrOnly(Cluster cluster, String name) {
    if (name != null) {
      return get(cluster, name);
    }
    List<Project> all = cluster.projects().list().getItems();
    if (all.size() == 1) {
      return all.get(0);
    }
    if (all.isEmpty()) {
      throw CliException.notFound("No Projects in " + cluster.where() + "; create one with `ao init --apply`.");
    }
    throw CliException.userError("Several Projects in " + cluster.where() + " (" + String.join(", ", names(all))
        + "); name the one you mean.");
  }

  /** The prefix Session names get: spec.sessionPrefix, else the Project name. */
  public static String sessionPrefix(Project project) {
    String prefix = project.getSpec() == null ? null : project.getSpec().sessionPrefix;
    return prefix == null || prefix.isBlank() ? project.getMetadata().getName() : prefix;
  }

  static CliException notFound(Cluster cluster, String name) {
    List<String> names = names(cluster.projects().list().getItems());
    String existing = names.isEmpty() ? "there are no Projects there"
        : "existing Projects: " + String.join(", ", names);
    return CliException.notFound("No Project \"" + name + "\" in " + cluster.where() + " (" + existing
        + "); create one with `ao init --apply`, or pick another namespace with -n.");
  }

  private static List<String> names(List<Project> projects) {
    return projects.stream().map(p -> p.getMetadata().getName()).sorted().toList();
  }
}
