package dev.ao.cli.kube;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import java.util.List;

/** Reading Sessions with errors that help: a missing name comes back with the closest existing names. */
public final class Sessions {
  private Sessions() {}

  public static List<Session> list(Cluster cluster) {
    return cluster.sessions().list().getItems().stream().sorted(SessionOrder.BY_PROJECT_AND_NAME).toList();
  }

  public static Session get(Cluster cluster, String name) {
    Session session = cluster.sessions().withName(name).get();
    if (session == null) {
      throw notFound(cluster, name);
    }
    return session;
  }

  static CliException notFound(Cluster cluster, String name) {
    List<String> names = cluster.sessions().list().getItems().stream().map(s -> s.getMetadata().getName()).toList();
    List<String> close = NameSuggestions.closest(name, names);
    String hint = !close.isEmpty() ? " Did you mean " + String.join(", ", close) + "?"
        : names.isEmpty() ? " There are no Sessions there; create one with `ao spawn <project> <issue>`."
        : " See `ao session ls`.";
    return CliException.notFound("No Session \"" + name + "\" in " + cluster.where() + "." + hint);
  }
}
