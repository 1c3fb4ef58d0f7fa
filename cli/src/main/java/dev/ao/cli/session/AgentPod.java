package dev.ao.cli.session;

import dev.ao.api.v1alpha1.session.Session;
import dev.ao.cli.kube.Phases;
import dev.ao.cli.support.CliException;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The agent pod of a Session (status.pod) and the kubectl command line that reaches it. */
public final class AgentPod {
  public static final String CONTAINER = "agent";

  private AgentPod() {}

  public static String of(Session s) {
    String pod = s.getStatus() == null ? null : s.getStatus().pod;
    if (pod == null || pod.isBlank()) {
      String why = s.getStatus() != null && s.getStatus().message != null ? ": " + s.getStatus().message : "";
      throw CliException.userError("Session " + s.getMetadata().getName() + " has no agent pod yet (" + Phases.describe(s)
          + why + "). Wait until it is Working (`ao status -w`).");
    }
    return pod;
  }

  /** kubectl with the same kubeconfig, context and namespace the command used, then the given arguments. */
  public static List<String> kubectl(Path kubectl, ClusterOptions options, Cluster cluster, List<String> args) {
    List<String> argv = new ArrayList<>();
    argv.add(kubectl.toString());
    if (options.kubeconfig != null) {
      argv.add("--kubeconfig=" + options.kubeconfig);
    }
    if (cluster.context() != null) {
      argv.add("--context=" + cluster.context());
    }
    argv.add("--namespace=" + cluster.namespace());
    argv.addAll(args);
    return argv;
  }
}
